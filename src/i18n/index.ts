/*
 * The two language tables: en/ and zh/ hold one section each per file, and every zh section is typed by
 * its en section, so a missing word is a type error. Each section has its own accessor, so a bundle
 * carries only the sections it shows.
 */
import { cli as enCli } from "./en/cli";
import { findings as enFindings } from "./en/findings";
import { functionDescriptions as enFunctionDescriptions } from "./en/functionDescriptions";
import { actuals as enActuals } from "./en/actuals";
import { actualsFile as enActualsFile } from "./en/actualsFile";
import { rollup as enRollup } from "./en/rollup";
import { funnel as enFunnel } from "./en/funnel";
import { functions as enFunctions } from "./en/functions";
import { health as enHealth } from "./en/health";
import { insertion as enInsertion } from "./en/insertion";
import { names as enNames } from "./en/names";
import { inputs as enInputs } from "./en/inputs";
import { phasing as enPhasing } from "./en/phasing";
import { periodHealth as enPeriodHealth } from "./en/periodHealth";
import { phasingSteps as enPhasingSteps } from "./en/phasingSteps";
import { funnelPhasing as enFunnelPhasing } from "./en/funnelPhasing";
import { stageLag as enStageLag } from "./en/stageLag";
import { planStore as enPlanStore } from "./en/planStore";
import { plansSheet as enPlansSheet } from "./en/plansSheet";
import { previewGrid as enPreviewGrid } from "./en/previewGrid";
import { preview as enPreview } from "./en/previewPage";
import { presetCards as enPresetCards } from "./en/presetCards";
import { scenarios as enScenarios } from "./en/scenarios";
import { sheet as enSheet } from "./en/sheet";
import { executionReport as enExecutionReport } from "./en/executionReport";
import { timeline as enTimelineModel } from "./en/timelineModel";
import { sheetReading as enSheetReading } from "./en/sheetReading";
import { workbook as enWorkbook } from "./en/workbook";
import { section } from "./section";
import { timeline as enTimeline } from "./en/timeline";
import { timeline as zhTimeline } from "./zh/timeline";
import { timelineFindings as enTimelineFindings } from "./en/timelineFindings";
import { timelineFindings as zhTimelineFindings } from "./zh/timelineFindings";
import { cli as zhCli } from "./zh/cli";
import { findings as zhFindings } from "./zh/findings";
import { functionDescriptions as zhFunctionDescriptions } from "./zh/functionDescriptions";
import { actuals as zhActuals } from "./zh/actuals";
import { actualsFile as zhActualsFile } from "./zh/actualsFile";
import { rollup as zhRollup } from "./zh/rollup";
import { funnel as zhFunnel } from "./zh/funnel";
import { functions as zhFunctions } from "./zh/functions";
import { health as zhHealth } from "./zh/health";
import { insertion as zhInsertion } from "./zh/insertion";
import { names as zhNames } from "./zh/names";
import { inputs as zhInputs } from "./zh/inputs";
import { phasing as zhPhasing } from "./zh/phasing";
import { periodHealth as zhPeriodHealth } from "./zh/periodHealth";
import { phasingSteps as zhPhasingSteps } from "./zh/phasingSteps";
import { funnelPhasing as zhFunnelPhasing } from "./zh/funnelPhasing";
import { stageLag as zhStageLag } from "./zh/stageLag";
import { planStore as zhPlanStore } from "./zh/planStore";
import { plansSheet as zhPlansSheet } from "./zh/plansSheet";
import { previewGrid as zhPreviewGrid } from "./zh/previewGrid";
import { preview as zhPreview } from "./zh/previewPage";
import { presetCards as zhPresetCards } from "./zh/presetCards";
import { scenarios as zhScenarios } from "./zh/scenarios";
import { sheet as zhSheet } from "./zh/sheet";
import { executionReport as zhExecutionReport } from "./zh/executionReport";
import { timeline as zhTimelineModel } from "./zh/timelineModel";
import { sheetReading as zhSheetReading } from "./zh/sheetReading";
import { workbook as zhWorkbook } from "./zh/workbook";

export * from "./keys";
export * from "./lang";
// The sections the pane's first view shows, in modules of their own: a bundle that imports them from here
// gets them alone, without the tables defined below.
export { paneStrings } from "./firstViewSections";
/** The timeline view, the baselines kept and the approval sheet. */
export const timelineStrings = /*#__PURE__*/ section(zhTimeline, enTimeline);
/** The timeline view's findings over time. */
export const timelineFindingsStrings = /*#__PURE__*/ section(zhTimelineFindings, enTimelineFindings);
export type { TimelineFindingsStrings } from "./en/timelineFindings";
export type { CliTexts } from "./en/cli";
export type { FindingTexts } from "./en/findings";
export type { FunctionDescriptions, FunctionId, FunctionText } from "./en/functionDescriptions";
export type { ActualField, ActualStatus, ActualsStrings, UnmatchedReason } from "./en/actuals";
export type { ActualsFileStrings } from "./en/actualsFile";
export type { FunnelStrings } from "./en/funnel";
export type { FunnelPhasingLabels } from "./en/funnelPhasing";
export type { StageLagTexts } from "./en/stageLag";
export type { FunctionMessages } from "./en/functions";
export type { HealthStrings } from "./en/health";
export type { InsertionStrings } from "./en/insertion";
export type { InputMessages } from "./en/inputs";
export type { Names } from "./en/names";
export type { Strings } from "./en/pane";
export type { PeriodUnitKey, PhasingLabels, ProfileKey } from "./en/phasing";
export type { PhasingStepLabels } from "./en/phasingSteps";
export type { PeriodHealthLabels } from "./en/periodHealth";
export type { ExecutionReportLabels } from "./en/executionReport";
export type { TimelineMessages } from "./en/timelineModel";
export type { PlanStoreLabels } from "./en/planStore";
export type { PlanLabels } from "./en/plansSheet";
export type { PreviewGridStrings } from "./en/previewGrid";
export type { PreviewStrings } from "./en/previewPage";
export type { PresetCardTexts } from "./en/presetCards";
export type { ScenarioLabels } from "./en/scenarios";
export type { FunnelLabels, SheetLabels } from "./en/sheet";
export type { SheetReadingMessages } from "./en/sheetReading";
export type { TimelineStrings } from "./en/timeline";
export type { WorkbookMessages } from "./en/workbook";

/** The budget sheet's labels. */
export const sheetLabels = /*#__PURE__*/ section(zhSheet, enSheet);
/** The scenarios sheet's labels. */
export const scenarioLabels = /*#__PURE__*/ section(zhScenarios, enScenarios);
/** The plans sheet's labels. */
export const planLabels = /*#__PURE__*/ section(zhPlansSheet, enPlansSheet);
/** The table that keeps the plans. */
export const planStoreLabels = /*#__PURE__*/ section(zhPlanStore, enPlanStore);
/** The health check view. */
export const healthStrings = /*#__PURE__*/ section(zhHealth, enHealth);
/** The funnel and scenarios view. */
export const funnelStrings = /*#__PURE__*/ section(zhFunnel, enFunnel);
/** The preview's own controls. */
export const previewStrings = /*#__PURE__*/ section(zhPreview, enPreview);
/** What an insertion says beyond its outcome: the decorations it could not apply. */
export const insertionStrings = /*#__PURE__*/ section(zhInsertion, enInsertion);
/** What the preview's grid says when it refuses an entry, as Excel would. */
export const previewGridStrings = /*#__PURE__*/ section(zhPreviewGrid, enPreviewGrid);
/** What reading and writing the workbook can fail with. */
export const workbookMessages = /*#__PURE__*/ section(zhWorkbook, enWorkbook);
/** What the model says about an input it cannot use. */
export const inputMessages = /*#__PURE__*/ section(zhInputs, enInputs);
/** What the BUDGET functions say about an argument they cannot read. */
export const functionMessages = /*#__PURE__*/ section(zhFunctions, enFunctions);
/** The BUDGET functions' descriptions in Excel's Insert Function dialog. */
export const functionDescriptionTexts = /*#__PURE__*/ section(zhFunctionDescriptions, enFunctionDescriptions);
/** The phasing sheet's labels. */
export const phasingLabels = /*#__PURE__*/ section(zhPhasing, enPhasing);
/** The phasing sheet's settings for the health rules over time: the campaign's periods and the tolerance. */
export const periodHealthLabels = /*#__PURE__*/ section(zhPeriodHealth, enPeriodHealth);
/** The phasing sheet's working figures computed once per line. */
export const phasingStepLabels = /*#__PURE__*/ section(zhPhasingSteps, enPhasingSteps);
/** The phasing sheet's funnel block: expected deals and cost per deal per period. */
export const funnelPhasingLabels = /*#__PURE__*/ section(zhFunnelPhasing, enFunnelPhasing);
/** The stage lag as the pane and the command line ask for it. */
export const stageLagTexts = /*#__PURE__*/ section(zhStageLag, enStageLag);
/** The execution report sheet's labels. */
export const executionReportLabels = /*#__PURE__*/ section(zhExecutionReport, enExecutionReport);
/** What the budget-over-time model says: input errors, the seasonal calendar, the timeline preset. */
export const timelineMessages = /*#__PURE__*/ section(zhTimelineModel, enTimelineModel);
/** The preset budgets' cards: names (the inserted budget's title), descriptions and why one is flagged. */
export const presetCardTexts = /*#__PURE__*/ section(zhPresetCards, enPresetCards);
/** The actuals import: its errors, the Actuals sheet and the import summary. */
export const actualsStrings = /*#__PURE__*/ section(zhActuals, enActuals);
/** The actuals import's .xlsx files: their errors, the sheet chosen, the reading progress. */
export const actualsFileStrings = /*#__PURE__*/ section(zhActualsFile, enActualsFile);
/** What the health check finds in a budget. */
export const findingTexts = /*#__PURE__*/ section(zhFindings, enFindings);
/** The command line's report and errors. */
export const cliTexts = /*#__PURE__*/ section(zhCli, enCli);
/** What reading a budget sheet, or writing the funnel's figures back, cannot get past. */
export const sheetReadingMessages = /*#__PURE__*/ section(zhSheetReading, enSheetReading);
/** The cost categories', the scenarios' and the default plans' names. */
export const nameTexts = /*#__PURE__*/ section(zhNames, enNames);
/** The portfolio roll-up on the command line. */
export const rollupStrings = /*#__PURE__*/ section(zhRollup, enRollup);
