import { useEffect, useState } from "react";
import { createRoot } from "react-dom/client";
import type { BudgetWorkbook } from "../workbook/budgetWorkbook";
import { App } from "./App";
import { displayLang, prefersDarkTheme, watchOfficeTheme } from "../excel/officeEnvironment";
import type { Lang } from "../i18n";

/*
 * Each operation loads the Excel layer when first used (one chunk, prefetched at idle time): the pane
 * shows its templates before the code that writes and reads sheets has arrived.
 */
const insertion = () =>
  import(/* webpackChunkName: "taskpane-excel", webpackPrefetch: true */ "../excel/insertBudgetSheet");
const sheetList = () => import(/* webpackChunkName: "taskpane-excel" */ "../excel/budgetSheetList");
const workbookRead = () => import(/* webpackChunkName: "taskpane-excel" */ "../excel/readBudgetWorkbook");
const cellSelection = () => import(/* webpackChunkName: "taskpane-excel" */ "../excel/selectCell");
const funnelInputs = () => import(/* webpackChunkName: "taskpane-excel" */ "../excel/writeFunnelInputs");
const planSnapshots = () => import(/* webpackChunkName: "taskpane-excel" */ "../excel/planSnapshots");
const timeline = () => import(/* webpackChunkName: "taskpane-excel" */ "../excel/timeline");
const actuals = () => import(/* webpackChunkName: "taskpane-excel" */ "../excel/actuals");
const watching = () => import(/* webpackChunkName: "taskpane-excel" */ "../excel/watchBudgetSheet");

/** The workbook open in Excel, through Office.js. */
const excelWorkbook: BudgetWorkbook = {
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
  timeline: {
    baselines: async (sheetKey) => (await timeline()).excelTimeline.baselines(sheetKey),
    approve: async (sheetKey, approval) => (await timeline()).excelTimeline.approve(sheetKey, approval),
    writePhasing: async (sheetKey, choice) => (await timeline()).excelTimeline.writePhasing(sheetKey, choice),
  },
  actuals: {
    read: async (sheetKey) => (await actuals()).excelActuals.read(sheetKey),
    write: async (sheetKey, request) => (await actuals()).excelActuals.write(sheetKey, request),
  },
  watch: async (onChange) => (await watching()).watchWorkbook(onChange),
};

/** The pane in Office: Office's display language until the planner switches, Office's theme as it changes. */
function OfficePane() {
  const [lang, setLang] = useState<Lang>(displayLang);
  const [dark, setDark] = useState(prefersDarkTheme);
  useEffect(() => watchOfficeTheme(setDark), []);
  return <App workbook={excelWorkbook} lang={lang} onLangChange={setLang} dark={dark} />;
}

function render(): void {
  const container = document.getElementById("container");
  if (!container) return;
  createRoot(container).render(<OfficePane />);
}

// Without office.js (it failed to load) the templates still show; inserting then explains what is missing.
if (typeof Office === "undefined") render();
else Office.onReady(render);
