import type { Lang } from "../model";

/** Every word the task pane and the ribbon command show, in both languages. */
export interface Strings {
  appTitle: string;
  /** Written in the other language, like the switch itself, for someone who cannot read this one. */
  switchLanguage: string;
  viewsLabel: string;
  tabTemplates: string;
  tabHealth: string;
  tabFunnel: string;
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

export const STRINGS: Record<Lang, Strings> = {
  zh: {
    appTitle: "预算助手",
    switchLanguage: "Switch the pane to English",
    viewsLabel: "功能",
    tabTemplates: "模板",
    tabHealth: "健康检查",
    tabFunnel: "漏斗与情景",
    loadingView: "正在加载…",
    templatesIntro: "选择一个模板插入为新工作表。每个数字都是可修改的 Excel 公式，没有安装本加载项的同事也能重新计算。",
    sheetLanguageLabel: "工作表语言",
    categoryColumn: "类别",
    subtotalColumn: "小计",
    shareColumn: "占比",
    totalRow: "合计",
    categoriesCaption: (presetName) => `${presetName}：各类别小计与占比`,
    insertButton: "插入为新工作表",
    inserting: "正在插入预算表…",
    insertedTitle: "已插入",
    inserted: (sheetName, tableName, total) => `已插入工作表“${sheetName}”（表格 ${tableName}），合计 ${total}。`,
    insertFailedTitle: "未能插入",
    insertFailed: (detail) => `插入预算表时出错：${detail}`,
    commandFailedTitle: "未能插入预算表",
    close: "关闭",
  },
  en: {
    appTitle: "Campaign Budget",
    switchLanguage: "将界面切换为中文",
    viewsLabel: "Views",
    tabTemplates: "Templates",
    tabHealth: "Health check",
    tabFunnel: "Funnel & scenarios",
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
    inserted: (sheetName, tableName, total) => `Inserted sheet "${sheetName}" with table ${tableName}; total ${total}.`,
    insertFailedTitle: "Not inserted",
    insertFailed: (detail) => `The budget sheet could not be inserted: ${detail}`,
    commandFailedTitle: "The budget sheet was not inserted",
    close: "Close",
  },
};
