import type { InsertOptions, InsertResult, MissingDecoration } from "../workbook/budgetWorkbook";
import { hostErrorInfo } from "../workbook/hostError";
import { insertBudget, type InsertionTarget } from "../workbook/insertBudget";
import {
  insertedSheetNames,
  insertionDecorations,
  missingDecoration,
  type DecorationPlan,
  type Insertion,
  type TakenNames,
} from "../workbook/insertionPlan";
import { insertFailed, insertFailedSheetsLeft, namesReadFailed, workbookProtected } from "../workbook/messages";
import { WorkbookError } from "../workbook/workbookError";
import type { ChartOptions } from "./applyChartPlans";
import { showSheet, writeBudgetSheetContent } from "./applySheetPlan";
import { queueNamesRead } from "./readWorkbook";
import { removeSheetsById } from "./removeSheet";
import { assertExcelSupportsInsertion, excelDrawsFunnelCharts } from "./requirements";
import { requestRoom, sendLaterWrites, writeSheetContents, type LaterWrite } from "./sheetContents";
import { queueDecoration } from "./sheetDecorations";
import { writePlanStore } from "./writePlanStore";

/** A sheet this insertion added: its id, and the name it was added under, which no other sheet has. */
interface AddedSheet {
  id: string;
  placeholder: string;
}

/**
 * Names no one else uses, for the sheets while the insertion works out their final names: a random
 * part per insertion, then the sheet's number.
 */
function placeholderNames(count: number): string[] {
  const run = Math.random().toString(36).slice(2, 10).padEnd(8, "0");
  return Array.from({ length: count }, (_, index) => `~budget-${run}-${index + 1}`);
}

const sameName = (a: string, b: string) => a.toUpperCase() === b.toUpperCase();

/**
 * One sync: the names in use and whether the structure is protected, with the insertion's sheets added
 * under placeholder names and their ids loaded. When the workbook refuses (a protected structure
 * refuses new sheets), whatever it added is taken away again before the error is thrown.
 */
async function readAndAddSheets(
  context: Excel.RequestContext,
  count: number,
): Promise<{
  taken: TakenNames;
  added: AddedSheet[];
}> {
  const read = queueNamesRead(context);
  const placeholders = placeholderNames(count);
  const sheets = placeholders.map((name) => context.workbook.worksheets.add(name).load("id"));
  try {
    await context.sync();
  } catch (error) {
    await removeAfterRefusedRead(context, placeholders, error);
  }
  const added = sheets.map((sheet, index) => ({ id: sheet.id, placeholder: placeholders[index] }));
  const { taken, structureProtected } = read();
  if (structureProtected) {
    await removeSheetsById(
      context,
      added.map((sheet) => sheet.id),
    );
    throw new WorkbookError("protected", workbookProtected("insert"));
  }
  const ours = (name: string) => placeholders.some((placeholder) => sameName(name, placeholder));
  return { taken: { ...taken, sheets: taken.sheets.filter((name) => !ours(name)) }, added };
}

/**
 * The first sync failed, so nothing it loaded is known: asks again, adding nothing, whether the structure
 * is protected, and deletes any sheet of a placeholder name (only this insertion uses them). Always throws.
 */
async function removeAfterRefusedRead(
  context: Excel.RequestContext,
  placeholders: string[],
  error: unknown,
): Promise<never> {
  const protection = context.workbook.protection.load("protected");
  const sheets = placeholders.map((name) => context.workbook.worksheets.getItemOrNullObject(name));
  try {
    await context.sync();
    const present = sheets.filter((sheet) => !sheet.isNullObject);
    for (const sheet of present) sheet.delete();
    if (present.length > 0) await context.sync();
  } catch {
    throw new WorkbookError("host", insertFailedSheetsLeft(hostErrorInfo(error), placeholders), { cause: error });
  }
  if (protection.protected) throw new WorkbookError("protected", workbookProtected("insert"), { cause: error });
  throw new WorkbookError("host", namesReadFailed(hostErrorInfo(error)), { cause: error });
}

/**
 * Queues the content: each added sheet renamed to its final name (Excel refuses a name taken meanwhile,
 * and the batch stops there), then the budget sheet's table, names and cells, the companions' cells and
 * the plans' table; the budget sheet activated. Returns the rows of large grids left for later requests.
 */
function queueContent(context: Excel.RequestContext, insertion: Insertion, added: readonly AddedSheet[]): LaterWrite[] {
  const room = requestRoom();
  context.application.suspendApiCalculationUntilNextSync();
  const sheets = insertedSheetNames(insertion).map((name, index) => {
    const sheet = context.workbook.worksheets.getItem(added[index].id);
    sheet.name = name;
    return sheet;
  });
  const [budgetSheet, ...companionSheets] = sheets;
  writeBudgetSheetContent(budgetSheet, insertion.budget, room);
  insertion.companions.forEach((companion, index) => {
    const sheet = companionSheets[index];
    writeSheetContents(sheet, companion, room);
    if (insertion.planStore && companion.sheetName === insertion.plansSheetName) {
      writePlanStore(sheet, companion, insertion.planStore);
    }
  });
  showSheet(budgetSheet);
  return room.later;
}

/** A decoration's sheet, by the id of the sheet added for it. */
function decorationSheet(
  context: Excel.RequestContext,
  insertion: Insertion,
  added: readonly AddedSheet[],
  decoration: DecorationPlan,
): Excel.Worksheet {
  const index = insertedSheetNames(insertion).indexOf(decoration.sheet.sheetName);
  return context.workbook.worksheets.getItem(added[index].id);
}

/**
 * The decorations after the content: all in one sync. When that fails, the batch stopped somewhere
 * and what came before it was applied: one sync finds the charts drawn, then each decoration is applied
 * alone, in a sync of its own (a chart found is drawn again), so that one refused decoration leaves the
 * others. A funnel chart Excel refuses is drawn as its fallback. Returns what could not be applied.
 */
async function decorate(
  context: Excel.RequestContext,
  insertion: Insertion,
  added: readonly AddedSheet[],
  charts: ChartOptions,
): Promise<MissingDecoration[]> {
  const decorations = insertionDecorations(insertion);
  const sheetOf = (decoration: DecorationPlan) => decorationSheet(context, insertion, added, decoration);
  for (const decoration of decorations) queueDecoration(sheetOf(decoration), decoration, charts);
  try {
    await context.sync();
    return [];
  } catch {
    // One by one below.
  }

  const chartDecorations = decorations.filter((decoration) => decoration.kind === "chart");
  const drawn = chartDecorations.map((decoration) =>
    sheetOf(decoration).charts.getItemOrNullObject(decoration.chart.title).load("name"),
  );
  if (chartDecorations.length > 0) {
    try {
      await context.sync();
    } catch {
      return decorations.map(missingDecoration);
    }
  }
  const missing: MissingDecoration[] = [];
  for (const decoration of decorations) {
    const chartIndex = decoration.kind === "chart" ? chartDecorations.indexOf(decoration) : -1;
    const found = chartIndex >= 0 && !drawn[chartIndex].isNullObject;
    if (!(await applyAlone(context, sheetOf(decoration), decoration, charts, found))) {
      missing.push(missingDecoration(decoration));
    }
  }
  return missing;
}

/** Whether the queued batch went through. */
async function synced(context: Excel.RequestContext): Promise<boolean> {
  try {
    await context.sync();
    return true;
  } catch {
    return false;
  }
}

/** Whether the sheet has a chart of that name (one sync); false when Excel cannot say. */
async function chartThere(context: Excel.RequestContext, sheet: Excel.Worksheet, name: string): Promise<boolean> {
  const chart = sheet.charts.getItemOrNullObject(name).load("name");
  return (await synced(context)) && !chart.isNullObject;
}

/**
 * One decoration in a sync of its own. A chart already there (`found`, or left by a failed attempt) is
 * deleted first; a funnel chart Excel refuses is drawn as its fallback; what a chart's last failed
 * attempt left is taken away.
 */
async function applyAlone(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  decoration: DecorationPlan,
  charts: ChartOptions,
  found: boolean,
): Promise<boolean> {
  if (decoration.kind !== "chart") {
    queueDecoration(sheet, decoration, charts);
    return synced(context);
  }
  const name = decoration.chart.title;
  const fallback = decoration.chart.fallbackType !== undefined && charts.funnelCharts;
  const attempts: ChartOptions[] = fallback ? [charts, { funnelCharts: false }] : [charts];
  let there = found;
  for (const attempt of attempts) {
    if (there) sheet.charts.getItem(name).delete();
    queueDecoration(sheet, decoration, attempt);
    if (await synced(context)) return true;
    there = await chartThere(context, sheet, name);
  }
  if (there) {
    sheet.charts.getItem(name).delete();
    await synced(context);
  }
  return false;
}

/**
 * An insertion within one Excel.run: one sync reads the names in use and adds the sheets under
 * placeholder names, one renames them and writes the content (a grid too large for one request goes on
 * in bands of rows, one sync each), one applies the decorations.
 */
function insertionTarget(context: Excel.RequestContext, charts: ChartOptions): InsertionTarget {
  let added: AddedSheet[] = [];
  return {
    async takenNames(sheetCount) {
      const read = await readAndAddSheets(context, sheetCount);
      added = read.added;
      return read.taken;
    },
    async write(insertion) {
      const later = queueContent(context, insertion, added);
      try {
        await sendLaterWrites(context, later);
      } catch (writeError) {
        // A failed batch may have applied its first commands: take this insertion's sheets away again,
        // by their ids, whatever they are called by now and whatever else was added meanwhile.
        const error = hostErrorInfo(writeError);
        try {
          await removeSheetsById(
            context,
            added.map((sheet) => sheet.id),
          );
        } catch {
          throw new WorkbookError("host", insertFailedSheetsLeft(error, insertedSheetNames(insertion)), {
            cause: writeError,
          });
        }
        throw new WorkbookError("host", insertFailed(error), { cause: writeError });
      }
    },
    decorate: (insertion) => decorate(context, insertion, added, charts),
  };
}

/**
 * Inserts a preset as a new budget sheet, with a funnel budget's scenarios and plans sheets and their
 * charts, in three syncs: the read (the sheets added under placeholder names), the content, the
 * decorations. Nothing existing is touched; when the content's write fails, the sheets this insertion
 * added, and only those, are removed and the workbook is as it was. A decoration that fails leaves the
 * content and is listed in the result.
 */
export async function insertBudgetSheet(options: InsertOptions): Promise<InsertResult> {
  assertExcelSupportsInsertion();
  const charts: ChartOptions = { funnelCharts: excelDrawsFunnelCharts() };
  return insertBudget((work) => Excel.run((context) => work(insertionTarget(context, charts))), options);
}
