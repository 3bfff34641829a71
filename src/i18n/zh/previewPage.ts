import type { PreviewStrings } from "../en/previewPage";

export const preview: PreviewStrings = {
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
};
