/** Every word the preview's own controls show, in both languages (the pane has its own). */
export interface PreviewStrings {
  title: string;
  note: string;
  displayLanguage: string;
  theme: string;
  themeLight: string;
  themeDark: string;
  workbook: string;
  nameBox: string;
  formulaBar: string;
  sheets: string;
  newSheet: string;
}

export const preview: PreviewStrings = {
  title: "Campaign Budget · preview",
  note: "The real task pane beside an in-memory workbook computed by HyperFormula, in place of Excel.",
  displayLanguage: "Office display language",
  theme: "Office theme",
  themeLight: "Light",
  themeDark: "Dark",
  workbook: "Workbook",
  nameBox: "Name box",
  formulaBar: "Formula bar",
  sheets: "Sheets",
  newSheet: "New sheet",
};
