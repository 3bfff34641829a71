import type { Lang } from "../model";

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

export const PREVIEW_STRINGS: Record<Lang, PreviewStrings> = {
  zh: {
    title: "预算助手 · 预览",
    note: "右侧是真实的任务窗格，左侧是内存中的工作簿（由 HyperFormula 计算），代替 Excel。",
    displayLanguage: "Office 显示语言",
    theme: "Office 主题",
    themeLight: "浅色",
    themeDark: "深色",
    workbook: "工作簿",
    nameBox: "名称框",
    formulaBar: "编辑栏",
    sheets: "工作表",
    newSheet: "新建工作表",
  },
  en: {
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
  },
};
