/*
 * The two language tables: en/ and zh/ hold one section each per file, and every zh section is typed by
 * its en section, so a missing word is a type error. Each section has its own accessor, so a bundle
 * carries only the sections it shows.
 */
import { actuals as enActuals } from "./en/actuals";
import { funnel as enFunnel } from "./en/funnel";
import { health as enHealth } from "./en/health";
import { pane as enPane } from "./en/pane";
import { planStore as enPlanStore } from "./en/planStore";
import { plansSheet as enPlansSheet } from "./en/plansSheet";
import { preview as enPreview } from "./en/previewPage";
import { scenarios as enScenarios } from "./en/scenarios";
import { sheet as enSheet } from "./en/sheet";
import { workbook as enWorkbook } from "./en/workbook";
import type { Lang, Text } from "./lang";
import { actuals as zhActuals } from "./zh/actuals";
import { funnel as zhFunnel } from "./zh/funnel";
import { health as zhHealth } from "./zh/health";
import { pane as zhPane } from "./zh/pane";
import { planStore as zhPlanStore } from "./zh/planStore";
import { plansSheet as zhPlansSheet } from "./zh/plansSheet";
import { preview as zhPreview } from "./zh/previewPage";
import { scenarios as zhScenarios } from "./zh/scenarios";
import { sheet as zhSheet } from "./zh/sheet";
import { workbook as zhWorkbook } from "./zh/workbook";

export * from "./keys";
export * from "./lang";
export type { ActualField, ActualStatus, ActualsStrings, UnmatchedReason } from "./en/actuals";
export type { FunnelStrings } from "./en/funnel";
export type { HealthStrings } from "./en/health";
export type { Strings } from "./en/pane";
export type { PlanStoreLabels } from "./en/planStore";
export type { PlanLabels } from "./en/plansSheet";
export type { PreviewStrings } from "./en/previewPage";
export type { ScenarioLabels } from "./en/scenarios";
export type { FunnelLabels, SheetLabels } from "./en/sheet";
export type { WorkbookMessages } from "./en/workbook";

/** One section's accessor: the zh or the en table, and a text in both languages built from either. */
function section<T>(zh: T, en: T) {
  const of = (lang: Lang): T => (lang === "zh" ? zh : en);
  const both = (say: (words: T) => string): Text => ({ zh: say(zh), en: say(en) });
  return Object.assign(of, { both });
}

/** The budget sheet's labels. */
export const sheetLabels = /*#__PURE__*/ section(zhSheet, enSheet);
/** The scenarios sheet's labels. */
export const scenarioLabels = /*#__PURE__*/ section(zhScenarios, enScenarios);
/** The plans sheet's labels. */
export const planLabels = /*#__PURE__*/ section(zhPlansSheet, enPlansSheet);
/** The table that keeps the plans. */
export const planStoreLabels = /*#__PURE__*/ section(zhPlanStore, enPlanStore);
/** The task pane's frame, the templates view and the ribbon command. */
export const paneStrings = /*#__PURE__*/ section(zhPane, enPane);
/** The health check view. */
export const healthStrings = /*#__PURE__*/ section(zhHealth, enHealth);
/** The funnel and scenarios view. */
export const funnelStrings = /*#__PURE__*/ section(zhFunnel, enFunnel);
/** The preview's own controls. */
export const previewStrings = /*#__PURE__*/ section(zhPreview, enPreview);
/** What reading and writing the workbook can fail with. */
export const workbookMessages = /*#__PURE__*/ section(zhWorkbook, enWorkbook);
/** The actuals import: its errors, the Actuals sheet and the import summary. */
export const actualsStrings = /*#__PURE__*/ section(zhActuals, enActuals);
