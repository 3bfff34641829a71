import { a1, columnLetter, rangeA1 } from "../sheet/address";
import type { ConditionalFormatPlan, PlainSheetPlan, RangeStyle, ValidationPlan } from "../sheet/plan";
import { cellGrid, type CellGrid } from "../sheet/grid/cellGrid";
import { columnWidthPoints } from "../sheet/grid/columnWidth";

/** Excel's limits on a data validation's prompt and alert texts. */
const VALIDATION_TITLE_MAX = 32;
const VALIDATION_MESSAGE_MAX = 255;

const HORIZONTAL: Record<NonNullable<RangeStyle["horizontal"]>, "Left" | "Center" | "Right"> = {
  left: "Left",
  center: "Center",
  right: "Right",
};

function applyStyle(sheet: Excel.Worksheet, style: RangeStyle): void {
  const format = sheet.getRange(style.range).format;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.fontColor !== undefined) format.font.color = style.fontColor;
  if (style.fill !== undefined) format.fill.color = style.fill;
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.horizontal !== undefined) format.horizontalAlignment = HORIZONTAL[style.horizontal];
}

function applyConditionalFormat(sheet: Excel.Worksheet, rule: ConditionalFormatPlan): void {
  const conditionalFormat = sheet.getRange(rule.range).conditionalFormats.add("Custom");
  conditionalFormat.custom.rule.formula = rule.formula;
  conditionalFormat.custom.format.fill.color = rule.fill;
  conditionalFormat.custom.format.font.color = rule.fontColor;
}

function applyValidation(sheet: Excel.Worksheet, validation: ValidationPlan): void {
  const dataValidation = sheet.getRange(validation.range).dataValidation;
  dataValidation.rule =
    validation.kind === "decimal"
      ? { decimal: { formula1: validation.min, formula2: validation.max, operator: "Between" } }
      : // A list source is always comma-separated, whatever the locale's list separator.
        { list: { inCellDropDown: true, source: validation.values.join(",") } };
  const title = validation.title.slice(0, VALIDATION_TITLE_MAX);
  const message = validation.message.slice(0, VALIDATION_MESSAGE_MAX);
  dataValidation.prompt = { showPrompt: true, title, message };
  dataValidation.errorAlert = { showAlert: true, style: "Stop", title, message };
}

/**
 * What one request sends at most of cell grids: Excel on the web refuses a request over 5 MB, and the
 * rest of a batch (names, styles, rules, validations, the library's own wrapping) stays well under 1 MB.
 */
export const REQUEST_GRID_BYTES = 4 * 1024 * 1024;

/** A write left for a later request: its size as sent, and what queues it. */
export interface LaterWrite {
  bytes: number;
  queue: () => void;
}

/** The grid bytes the request being queued can still take; the writes that did not fit go to `later`. */
export interface RequestRoom {
  left: number;
  later: LaterWrite[];
}

/** A request with room for every grid: the whole plan in one batch. */
const UNBOUNDED = (): RequestRoom => ({ left: Infinity, later: [] });

/** A request with the room REQUEST_GRID_BYTES gives. */
export const requestRoom = (): RequestRoom => ({ left: REQUEST_GRID_BYTES, later: [] });

/** The UTF-8 size of a string. */
function utf8Bytes(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x800 && (code < 0xd800 || code > 0xdfff)) bytes += 2;
    else if (code >= 0x80 && code < 0x800) bytes += 1;
  }
  return bytes;
}

/** A row's formulas and number formats as the request carries them (JSON). */
const rowBytes = (grid: CellGrid, row: number) =>
  utf8Bytes(JSON.stringify(grid.formulas[row])) + utf8Bytes(JSON.stringify(grid.numberFormats[row]));

/** Writes the grid's rows `from` to `to` (0-based within the grid, `to` excluded). */
function writeRows(sheet: Excel.Worksheet, grid: CellGrid, from: number, to: number): void {
  const top = grid.top + from;
  const range = sheet.getRange(
    rangeA1({ row: top, col: grid.left }, { row: grid.top + to - 1, col: grid.left + grid.formulas[0].length - 1 }),
  );
  range.formulas = from === 0 && to === grid.formulas.length ? grid.formulas : grid.formulas.slice(from, to);
  range.numberFormat =
    from === 0 && to === grid.numberFormats.length ? grid.numberFormats : grid.numberFormats.slice(from, to);
}

/** Rows `from` to `to` of a grid (0-based within it, `to` excluded) and their size in a request. */
export interface GridBand {
  from: number;
  to: number;
  bytes: number;
}

/**
 * The grid's rows in bands: the first takes as many rows as `room` bytes hold (none when not even one
 * fits), each after it as many as REQUEST_GRID_BYTES holds (at least one row). A small grid is one band.
 */
export function gridBands(grid: CellGrid, room: number): GridBand[] {
  const rows = grid.formulas.length;
  if (room === Infinity) return [{ from: 0, to: rows, bytes: NaN }];
  const bands: GridBand[] = [];
  let band: GridBand = { from: 0, to: 0, bytes: 0 };
  let limit = room;
  for (let row = 0; row < rows; row++) {
    const bytes = rowBytes(grid, row);
    if (band.bytes + bytes > limit && (band.to > band.from || bands.length === 0)) {
      bands.push(band);
      band = { from: row, to: row, bytes: 0 };
      limit = REQUEST_GRID_BYTES;
    }
    band.to = row + 1;
    band.bytes += bytes;
  }
  bands.push(band);
  return bands;
}

/**
 * Queues the grid: in this request as many rows as its room takes, the rest in bands of rows each within
 * REQUEST_GRID_BYTES, left in `room.later` for the requests after it. A small grid is one write.
 */
function writeGrid(sheet: Excel.Worksheet, grid: CellGrid, room: RequestRoom, sheetLater: () => Excel.Worksheet): void {
  const [first, ...rest] = gridBands(grid, room.left);
  if (first.to > first.from) writeRows(sheet, grid, first.from, first.to);
  if (room.left !== Infinity) room.left -= first.bytes;
  for (const { from, to, bytes } of rest) {
    room.later.push({ bytes, queue: () => writeRows(sheetLater(), grid, from, to) });
  }
}

/**
 * Queues a plan's names, cells, formats, rules and validations onto a sheet: its content, without the
 * decorations (sheetDecorations). Names come before the cells, so the formulas that refer to them are
 * accepted in the same batch. A large grid takes as many rows as `room` leaves in this request; the rest
 * is left in `room.later` (sendLaterWrites), written to `sheetLater()`: the sheet as a later request can
 * reach it (a sheet just added is reached again by its name). Without a room, everything is in this batch.
 */
export function writeSheetContents(
  sheet: Excel.Worksheet,
  plan: PlainSheetPlan,
  room = UNBOUNDED(),
  sheetLater = () => sheet,
): void {
  for (const name of plan.names) {
    sheet.names.add(name.name, sheet.getRange(a1(name.ref, true)), name.comment);
  }

  writeGrid(sheet, cellGrid(plan.cells), room, sheetLater);

  for (const style of plan.styles) applyStyle(sheet, style);
  for (const { col, chars } of plan.columnWidths) {
    const letter = columnLetter(col);
    sheet.getRange(`${letter}:${letter}`).format.columnWidth = columnWidthPoints(chars);
  }
  for (const rule of plan.conditionalFormats) applyConditionalFormat(sheet, rule);
  for (const validation of plan.validations) applyValidation(sheet, validation);
}

/**
 * Sends the batch queued, then the writes left for later in as few further requests as REQUEST_GRID_BYTES
 * allows, calculation suspended in each; `last` is queued into the final request. With nothing left for
 * later, that is one sync.
 */
export async function sendLaterWrites(
  context: Excel.RequestContext,
  later: readonly LaterWrite[],
  last?: () => void,
): Promise<void> {
  const requests: LaterWrite[][] = [];
  let bytes = Infinity;
  for (const write of later) {
    if (bytes + write.bytes > REQUEST_GRID_BYTES) {
      requests.push([]);
      bytes = 0;
    }
    requests[requests.length - 1].push(write);
    bytes += write.bytes;
  }
  if (requests.length === 0) last?.();
  await context.sync();
  for (const [index, request] of requests.entries()) {
    context.application.suspendApiCalculationUntilNextSync();
    for (const write of request) write.queue();
    if (index === requests.length - 1) last?.();
    // One request per band is the point: together they are more than Excel takes in one.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
  }
}
