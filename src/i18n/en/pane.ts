/** Every word the task pane and the ribbon command show, in both languages. */
export interface Strings {
  appTitle: string;
  /** Written in the other language, like the switch itself, for someone who cannot read this one. */
  switchLanguage: string;
  viewsLabel: string;
  tabTemplates: string;
  tabHealth: string;
  tabFunnel: string;
  tabTimeline: string;
  tabActuals: string;
  /** While a view's code loads. */
  loadingView: string;
  templatesIntro: string;
  sheetLanguageLabel: string;
  categoryColumn: string;
  subtotalColumn: string;
  shareColumn: string;
  totalRow: string;
  categoriesCaption: (presetName: string) => string;
  insertButton: string;
  inserting: string;
  insertedTitle: string;
  inserted: (sheetName: string, tableName: string, total: string) => string;
  insertFailedTitle: string;
  insertFailed: (detail: string) => string;
  commandFailedTitle: string;
  close: string;
}

export const pane: Strings = {
  appTitle: "Campaign Budget",
  switchLanguage: "将界面切换为中文",
  viewsLabel: "Views",
  tabTemplates: "Templates",
  tabHealth: "Health check",
  tabFunnel: "Funnel & scenarios",
  tabTimeline: "Timeline",
  tabActuals: "Actuals",
  loadingView: "Loading…",
  templatesIntro:
    "Pick a template to insert as a new sheet. Every figure is an Excel formula you can edit, and it recalculates for colleagues who do not have this add-in.",
  sheetLanguageLabel: "Sheet language",
  categoryColumn: "Category",
  subtotalColumn: "Subtotal",
  shareColumn: "Share",
  totalRow: "Total",
  categoriesCaption: (presetName) => `${presetName}: subtotal and share by category`,
  insertButton: "Insert as a new sheet",
  inserting: "Inserting the budget sheet…",
  insertedTitle: "Inserted",
  inserted: (sheetName, tableName, total) => `Sheet "${sheetName}" with table ${tableName}; total ${total}.`,
  insertFailedTitle: "Not inserted",
  insertFailed: (detail) => `The budget sheet could not be inserted: ${detail}`,
  commandFailedTitle: "The budget sheet was not inserted",
  close: "Close",
};
