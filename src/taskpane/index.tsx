import { useEffect, useLayoutEffect, useMemo, useState } from "react";
import { createRoot } from "react-dom/client";
import type { BudgetWorkbook } from "../workbook/budgetWorkbook";
import { App } from "./App";
import { FirstViewContext, type FirstViewHandoff } from "./firstViewHandoff";
import { afterReady, OfficeReadyContext } from "./officeReady";
import { preloadWhenIdle } from "./preloadWhenIdle";
import { displayLang, prefersDarkTheme, watchOfficeTheme } from "../excel/officeEnvironment";
import type { Lang } from "../i18n";

/**
 * Office.onReady, asked once: every call into Office waits for this. The page's first script loads this
 * pane once Office is ready (firstView.ts), so it has mostly resolved already. Without office.js (it failed
 * to load) there is nothing to wait for; inserting then explains what is missing.
 */
const officeReady: Promise<unknown> = typeof Office === "undefined" ? Promise.resolve() : Office.onReady();
/** Whether officeReady has resolved: office.js is often ready before the pane first renders. */
let officeIsReady = typeof Office === "undefined";
void officeReady.then(() => {
  officeIsReady = true;
});

/*
 * Each operation loads the Excel layer when first used (one chunk, loaded ahead at idle time once the page
 * has loaded and Office is ready): the pane shows its templates before the code that writes and reads
 * sheets has arrived.
 */
const insertion = afterReady(
  officeReady,
  () => import(/* webpackChunkName: "taskpane-excel" */ "../excel/insertBudgetSheet"),
);
preloadWhenIdle(insertion);
const sheetList = afterReady(
  officeReady,
  () => import(/* webpackChunkName: "taskpane-excel" */ "../excel/budgetSheetList"),
);
const workbookRead = afterReady(
  officeReady,
  () => import(/* webpackChunkName: "taskpane-excel" */ "../excel/readBudgetWorkbook"),
);
const cellSelection = afterReady(
  officeReady,
  () => import(/* webpackChunkName: "taskpane-excel" */ "../excel/selectCell"),
);
const funnelInputs = afterReady(
  officeReady,
  () => import(/* webpackChunkName: "taskpane-excel" */ "../excel/writeFunnelInputs"),
);
const planSnapshots = afterReady(
  officeReady,
  () => import(/* webpackChunkName: "taskpane-excel" */ "../excel/planSnapshots"),
);
const watching = afterReady(
  officeReady,
  () => import(/* webpackChunkName: "taskpane-excel" */ "../excel/watchBudgetSheet"),
);
const timeline = afterReady(officeReady, () => import(/* webpackChunkName: "taskpane-excel" */ "../excel/timeline"));
const actuals = afterReady(officeReady, () => import(/* webpackChunkName: "taskpane-excel" */ "../excel/actuals"));

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
    overTimeFindings: async (sheetKey) => (await timeline()).excelTimeline.overTimeFindings(sheetKey),
    approve: async (sheetKey, approval) => (await timeline()).excelTimeline.approve(sheetKey, approval),
    savedStageLag: async (sheetKey) => (await timeline()).excelTimeline.savedStageLag(sheetKey),
    writePhasing: async (sheetKey, choice) => (await timeline()).excelTimeline.writePhasing(sheetKey, choice),
  },
  actuals: {
    health: async (sheetKey, options) => (await actuals()).excelActuals.health(sheetKey, options),
    read: async (sheetKey) => (await actuals()).excelActuals.read(sheetKey),
    write: async (sheetKey, request) => (await actuals()).excelActuals.write(sheetKey, request),
  },
  watch: async (onChange) => (await watching()).watchWorkbook(onChange),
};

interface OfficePaneProps {
  /** What the page's static first view hands over (firstView.ts). */
  handoff: FirstViewHandoff;
  /** Called once the pane has rendered, before the browser paints it. */
  onShown: () => void;
}

/**
 * The pane in Office: Office's display language until the planner switches, Office's theme as it changes.
 * Until Office is ready the browser's language and theme stand in for Office's, which Office tells then.
 */
function OfficePane({ handoff, onShown }: OfficePaneProps) {
  const [ready, setReady] = useState(() => officeIsReady);
  const [chosenLang, setLang] = useState<Lang | null>(() => handoff.chosenLang);
  useLayoutEffect(onShown, [onShown]);
  const [dark, setDark] = useState(prefersDarkTheme);
  useEffect(() => {
    let shown = true;
    void officeReady.then(() => shown && setReady(true));
    return () => {
      shown = false;
    };
  }, []);
  useEffect(() => {
    if (!ready) return;
    setDark(prefersDarkTheme());
    return watchOfficeTheme(setDark);
  }, [ready]);
  const lang = chosenLang ?? displayLang();
  // Office's readiness re-renders only what reads it (the Insert buttons), not the whole pane again.
  const app = useMemo(
    () => <App workbook={excelWorkbook} lang={lang} onLangChange={setLang} dark={dark} />,
    [lang, dark],
  );
  return (
    <FirstViewContext.Provider value={handoff}>
      <OfficeReadyContext.Provider value={ready}>{app}</OfficeReadyContext.Provider>
    </FirstViewContext.Provider>
  );
}

/**
 * Renders the pane into `container` (out of sight), taking over from the page's static first view, and
 * calls `onShown` once it has rendered. Loaded and called by the page's first script (firstView.ts).
 */
export function startPane(container: HTMLElement, handoff: FirstViewHandoff, onShown: () => void): void {
  createRoot(container).render(<OfficePane handoff={handoff} onShown={onShown} />);
}
