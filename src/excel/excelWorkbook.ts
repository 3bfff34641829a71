import type { BudgetWorkbook } from "../workbook/budgetWorkbook";

/*
 * Each operation loads the Excel layer when first used (one chunk, prefetched at idle time): the pane
 * shows its templates before the code that writes and reads sheets has arrived.
 */
const insertion = () => import(/* webpackChunkName: "taskpane-excel", webpackPrefetch: true */ "./insertBudgetSheet");
const sheetList = () => import(/* webpackChunkName: "taskpane-excel" */ "./budgetSheetList");
const workbookRead = () => import(/* webpackChunkName: "taskpane-excel" */ "./readBudgetWorkbook");
const cellSelection = () => import(/* webpackChunkName: "taskpane-excel" */ "./selectCell");
const funnelInputs = () => import(/* webpackChunkName: "taskpane-excel" */ "./writeFunnelInputs");
const planSnapshots = () => import(/* webpackChunkName: "taskpane-excel" */ "./planSnapshots");
const watching = () => import(/* webpackChunkName: "taskpane-excel" */ "./watchBudgetSheet");

/** The workbook open in Excel, through Office.js. */
export const excelWorkbook: BudgetWorkbook = {
  insert: async (options) => (await insertion()).insertBudgetSheet(options),
  list: async () => (await sheetList()).listBudgetSheets(),
  read: async (sheetKey) => (await workbookRead()).readBudgetWorkbook(sheetKey),
  select: async (sheetKey, address) => (await cellSelection()).selectCell(sheetKey, address),
  writeFunnelInputs: async (sheetKey, inputs) => (await funnelInputs()).writeFunnelInputs(sheetKey, inputs),
  plans: {
    read: async (sheetKey) => (await planSnapshots()).excelPlans.read(sheetKey),
    take: async (sheetKey, name) => (await planSnapshots()).excelPlans.take(sheetKey, name),
    rename: async (sheetKey, name, newName) => (await planSnapshots()).excelPlans.rename(sheetKey, name, newName),
    delete: async (sheetKey, name) => (await planSnapshots()).excelPlans.delete(sheetKey, name),
  },
  watch: async (onChange) => (await watching()).watchWorkbook(onChange),
};
