import { vi } from "vitest";
import type { ExistingWorkbook } from "./excelMock";
import {
  excelClassMetadata,
  loadExcelLibrary,
  type ClassInfo,
  type LoadedExcelLibrary,
  type RichApiAction,
  type RichApiObjectPath,
  type RichApiRequest,
  type RichApiResponse,
} from "./excelClientLibrary";
import { parseA1, rangeA1, type CellRef } from "../../src/sheet/address";
import type { RangeContents } from "../../src/sheet/grid/sheetGrid";
import type { CellInput, TableBody } from "./tableColumnFormulas";

/**
 * An Excel stand-in: the Excel layer's calls go through Microsoft's Excel client library (see
 * excelClientLibrary) with the requirement sets capped, and each request it builds is answered here
 * from a small workbook model: sheets, their tables (names, headers, rows), defined names, used
 * ranges, protection. Writes the model has no use for (formats, charts, validation…) are accepted as
 * Excel would once the library has built them; a load of a property the class does not have, or of
 * one the model does not hold, is refused.
 */

/** Excel on the web refuses a request or a response larger than this. */
export const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;

export interface StandInOptions {
  workbook: ExistingWorkbook;
  /** The highest ExcelApi set this Excel has, e.g. "1.4". */
  excelApi: string;
  /**
   * Calls this Excel refuses with InvalidArgument, by class and member as sent ("ChartCollection.Add",
   * "PageLayout.SetPrintArea", "PageLayout.Zoom") and their arguments: the batch stops there.
   */
  refuse?: (member: string, args: readonly unknown[]) => boolean;
  /** Sheets someone else adds once the n-th request (1-based) has been answered. */
  addedMeanwhile?: { afterSync: number; sheet: string }[];
}

/** One `context.sync()` that reached Excel. */
export interface SyncRecord {
  actions: RichApiAction[];
  objectPaths: Record<string, RichApiObjectPath>;
  requestBytes: number;
  responseBytes: number;
  error?: string;
}

interface SheetState {
  name: string;
  id: string;
  tables: TableState[];
  names: NameState[];
  usedRange: RangeContents | null;
  added: boolean;
  charts: ChartState[];
}

interface ChartState {
  name: string;
  type: string;
}

interface TableState {
  name: string;
  sheet: SheetState | null;
  headers: string[];
  rows: unknown[][];
  showHeaders: boolean;
  /** The range `tables.add` was given, for a table added through the stand-in. */
  address?: string;
}

interface NameState {
  name: string;
  type: string;
  formula: string;
}

type Node =
  | { kind: "workbook" }
  | { kind: "worksheets" }
  | { kind: "sheet"; sheet: SheetState }
  | { kind: "tables"; sheet: SheetState | null }
  | { kind: "table"; table: TableState }
  | { kind: "rows"; table: TableState }
  | { kind: "row"; table: TableState; index: number }
  | { kind: "columns"; table: TableState }
  | { kind: "column"; table: TableState; index: number }
  | { kind: "names"; sheet: SheetState | null }
  | { kind: "name"; owner: SheetState | null; name: NameState }
  | {
      kind: "range";
      sheet: SheetState | null;
      address: string;
      contents?: RangeContents;
      /** For a cell of a range read: the range and where the cell is in it. */
      within?: { contents: RangeContents; row: number; col: number };
    }
  | { kind: "protection" }
  | { kind: "charts"; sheet: SheetState }
  | { kind: "chart"; sheet: SheetState; chart: ChartState }
  | { kind: "write-only" };

interface Resolved {
  type: string;
  node: Node | null;
}

/** An error Excel reports for one action of a batch. */
class ActionError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

/** A fault of the stand-in or of a test: the request asked for something the model cannot answer. */
export class StandInError extends Error {}

const key = (name: string) => name.toUpperCase();

/** The first and last cell of an address such as "A1:C3" (a single cell is both). */
function corners(address: string): [CellRef, CellRef] {
  const [from, to = from] = address.split(":").map(parseA1);
  return [from, to];
}

function versionAtMost(version: string, highest: string): boolean {
  const [major, minor] = version.split(".").map(Number);
  const [topMajor, topMinor] = highest.split(".").map(Number);
  return major < topMajor || (major === topMajor && minor <= topMinor);
}

const quoted = (sheet: string) => `'${sheet.replace(/'/g, "''")}'`;

export interface ExcelStandIn {
  library: LoadedExcelLibrary;
  syncs: SyncRecord[];
  /** The checks the add-in itself made with Office.context.requirements.isSetSupported. */
  addinChecks: string[];
  /** Sheet names in tab order, as the workbook now is. */
  sheetNames(): string[];
  /** Every table's name, as the workbook now is. */
  tableNames(): string[];
  /** A sheet's id, by its name. */
  sheetId(name: string): string | undefined;
  /** The charts on a sheet: name and type. */
  charts(sheet: string): ChartState[];
  /** The values written to the sheet's ranges, by address, in order. */
  writes(sheet: string): { address: string; property: string; value: unknown }[];
  /**
   * The tables added to the sheet, each with what its cells received through range writes
   * (Formulas or Values, the last write winning): the content Excel's calculated columns act on.
   */
  addedTables(sheet: string): { body: TableBody; cellAt: (row: number, col: number) => CellInput }[];
  /** Makes the stand-in the `Excel` and `Office` globals the add-in sees. */
  install(): void;
}

export function createExcelStandIn(options: StandInOptions): ExcelStandIn {
  const metadata = excelClassMetadata();
  const { workbook } = options;
  const readable = new Map((workbook.readable ?? []).map((sheet) => [key(sheet.name), sheet]));
  let nextId = 1;
  const sheets: SheetState[] = workbook.sheets.map((name) => {
    const details = readable.get(key(name));
    const sheet: SheetState = {
      name,
      id: `{sheet-${nextId++}}`,
      tables: [],
      names: details?.names.map((n) => ({ ...n })) ?? [],
      usedRange: details?.usedRange ?? null,
      added: false,
      charts: [],
    };
    sheet.tables = (details?.tables ?? []).map((table) => ({
      name: table.name,
      sheet,
      headers: [...table.headers],
      rows: table.rows.map((row) => [...row]),
      showHeaders: table.showHeaders ?? true,
    }));
    return sheet;
  });
  const looseTables: TableState[] = workbook.tables.map((name) => ({
    name,
    sheet: null,
    headers: [],
    rows: [],
    showHeaders: true,
  }));
  const workbookNames: NameState[] = workbook.names.map((name) => ({ name, type: "Range", formula: "=#REF!" }));
  let activeSheet = workbook.activeSheet ?? workbook.sheets[0];
  const writes = new Map<SheetState, { address: string; property: string; value: unknown }[]>();

  const allTables = () => [...sheets.flatMap((sheet) => sheet.tables), ...looseTables];
  const sheetNamed = (name: string) => sheets.find((sheet) => key(sheet.name) === key(name) || sheet.id === name);
  const position = (sheet: SheetState) => sheets.indexOf(sheet);

  function classInfo(type: string): ClassInfo {
    const info = metadata.get(type);
    if (!info) throw new StandInError(`the library has no class ${type}`);
    return info;
  }

  // ---- object paths ----

  function child(
    parent: Resolved,
    path: RichApiObjectPath,
    args: unknown[],
    objectArgs: (Resolved | null)[],
  ): Resolved {
    const info = classInfo(parent.type);
    switch (path.ObjectPathType) {
      case 4: {
        const type = info.navigationsByOriginal.get(path.Name);
        if (!type) throw new StandInError(`${parent.type} has no property ${path.Name}`);
        return { type, node: parent.node && navigate(parent.node, path.Name) };
      }
      case 5: {
        if (!info.itemType) throw new StandInError(`${parent.type} has no items`);
        return { type: info.itemType, node: parent.node && method(parent.node, "GetItem", args) };
      }
      case 3: {
        const type = info.objectMethods.get(path.Name);
        if (!type) throw new StandInError(`${parent.type} has no method ${path.Name}`);
        refusal(parent.type, path.Name, args);
        return { type, node: parent.node && method(parent.node, path.Name, args, objectArgs) };
      }
      default:
        throw new StandInError(`object path type ${path.ObjectPathType} is not modelled`);
    }
  }

  function navigate(node: Node, name: string): Node | null {
    switch (node.kind) {
      case "workbook":
        if (name === "Worksheets") return { kind: "worksheets" };
        if (name === "Tables") return { kind: "tables", sheet: null };
        if (name === "Names") return { kind: "names", sheet: null };
        if (name === "Protection") return { kind: "protection" };
        return { kind: "write-only" };
      case "sheet":
        if (name === "Tables") return { kind: "tables", sheet: node.sheet };
        if (name === "Names") return { kind: "names", sheet: node.sheet };
        if (name === "Charts") return { kind: "charts", sheet: node.sheet };
        return { kind: "write-only" };
      case "table":
        if (name === "Rows") return { kind: "rows", table: node.table };
        if (name === "Columns") return { kind: "columns", table: node.table };
        if (name === "Worksheet") return node.table.sheet && { kind: "sheet", sheet: node.table.sheet };
        return { kind: "write-only" };
      default:
        return { kind: "write-only" };
    }
  }

  function itemNotFound(what: string): never {
    throw new ActionError("ItemNotFound", `The requested resource doesn't exist. (${what})`, 404);
  }

  function method(node: Node, name: string, args: unknown[], objectArgs: (Resolved | null)[] = []): Node | null {
    const orNull = name.endsWith("OrNullObject");
    const lookup = orNull ? name.slice(0, -"OrNullObject".length) : name;
    switch (node.kind) {
      case "worksheets": {
        if (lookup === "GetItem") {
          const sheet = sheetNamed(String(args[0]));
          return sheet ? { kind: "sheet", sheet } : orNull ? null : itemNotFound(`worksheet ${String(args[0])}`);
        }
        if (name === "GetActiveWorksheet") return { kind: "sheet", sheet: sheetNamed(activeSheet)! };
        if (name === "Add") {
          const name = String(args[0]);
          if (sheetNamed(name)) throw new ActionError("ItemAlreadyExists", `A sheet named ${name} already exists.`);
          const sheet: SheetState = {
            name,
            id: `{sheet-${nextId++}}`,
            tables: [],
            names: [],
            usedRange: null,
            added: true,
            charts: [],
          };
          sheets.push(sheet);
          return { kind: "sheet", sheet };
        }
        break;
      }
      case "sheet":
        if (lookup === "GetUsedRange") {
          const used = node.sheet.usedRange;
          return used ? { kind: "range", sheet: node.sheet, address: used.address, contents: used } : null;
        }
        if (name === "GetRange") {
          const address = String(args[0] ?? "");
          const contents = node.sheet.usedRange ? sliceOf(node.sheet.usedRange, address) : undefined;
          return { kind: "range", sheet: node.sheet, address, ...(contents ? { contents } : {}) };
        }
        break;
      case "tables": {
        const scope = node.sheet ? node.sheet.tables : allTables();
        if (lookup === "GetItem") {
          const table = scope.find((t) => key(t.name) === key(String(args[0])));
          return table ? { kind: "table", table } : orNull ? null : itemNotFound(`table ${String(args[0])}`);
        }
        if (name === "Add") {
          const address = String(args[0]);
          const sheetName = address.includes("!") ? address.slice(0, address.lastIndexOf("!")) : undefined;
          const sheet = node.sheet ?? (sheetName ? sheetNamed(sheetName.replace(/^'|'$/g, "")) : undefined);
          if (!sheet) throw new StandInError(`tables.add(${address}) names no sheet`);
          const bare = address.replace(/^.*!/, "");
          // A table added over cells written in the same batch takes them: its header row and rows.
          const written = (writes.get(sheet) ?? [])
            .filter((w) => w.address === bare && (w.property === "Formulas" || w.property === "Values"))
            .pop()?.value as unknown[][] | undefined;
          const table: TableState = {
            name: `Table${nextId++}`,
            sheet,
            headers: written ? written[0].map(String) : [],
            rows: written ? written.slice(1).map((row) => [...row]) : [],
            showHeaders: true,
            address: bare,
          };
          sheet.tables.push(table);
          return { kind: "table", table };
        }
        break;
      }
      case "table":
        if (name === "GetDataBodyRange") {
          const { table } = node;
          const address = `${table.name}[#Data]`;
          const values = table.rows;
          return {
            kind: "range",
            sheet: table.sheet,
            address,
            contents: {
              address,
              values,
              valueTypes: values.map((row) =>
                row.map((v) => (v === "" ? "Empty" : typeof v === "number" ? "Double" : "String")),
              ),
              formulas: values,
            },
          };
        }
        break;
      case "rows":
        if (name === "GetItemAt") return { kind: "row", table: node.table, index: Number(args[0]) };
        if (name === "Add") {
          // Rows added at the end (index null), as Excel adds them under the table's last row.
          const values = (args[1] ?? []) as unknown[][];
          if (args[0] !== null && args[0] !== undefined) throw new StandInError("rows.add at an index is not modelled");
          node.table.rows.push(...values.map((row) => [...row]));
          return { kind: "row", table: node.table, index: node.table.rows.length - values.length };
        }
        break;
      case "charts": {
        if (lookup === "GetItem") {
          const chart = node.sheet.charts.find((c) => c.name === String(args[0]));
          return chart
            ? { kind: "chart", sheet: node.sheet, chart }
            : orNull
              ? null
              : itemNotFound(`chart ${String(args[0])}`);
        }
        if (name === "Add") {
          const chart: ChartState = { name: `Chart ${nextId++}`, type: String(args[0]) };
          node.sheet.charts.push(chart);
          return { kind: "chart", sheet: node.sheet, chart };
        }
        break;
      }
      case "names": {
        const scope = node.sheet ? node.sheet.names : workbookNames;
        if (lookup === "GetItem") {
          const found = scope.find((n) => key(n.name) === key(String(args[0])));
          return found
            ? { kind: "name", owner: node.sheet, name: found }
            : orNull
              ? null
              : itemNotFound(`name ${String(args[0])}`);
        }
        if (name === "Add") {
          const found = scope.find((n) => key(n.name) === key(String(args[0])));
          if (found) throw new ActionError("ItemAlreadyExists", `The name ${String(args[0])} is already in use.`);
          if (typeof args[1] === "string" && args[1].startsWith("=")) {
            // A name given a formula (a constant), as names.add takes one.
            const added: NameState = { name: String(args[0]), type: "String", formula: args[1] };
            scope.push(added);
            return { kind: "name", owner: node.sheet, name: added };
          }
          const reference = objectArgs[1]?.node;
          if (reference?.kind !== "range" || !reference.sheet)
            throw new ActionError("InvalidArgument", `${String(args[0])} must refer to a range of a sheet.`);
          const cell = reference.address.replace(/^.*!/, "");
          const added: NameState = {
            name: String(args[0]),
            type: "Range",
            formula: `=${quoted(reference.sheet.name)}!${cell}`,
          };
          scope.push(added);
          return { kind: "name", owner: node.sheet, name: added };
        }
        break;
      }
      case "name":
        if (name === "GetRange") {
          const match = /^=(.*)!(\$?[A-Z]+\$?\d+)$/.exec(node.name.formula);
          if (!match) throw new ActionError("InvalidReference", `${node.name.name} does not refer to a cell.`);
          const sheet = sheetNamed(match[1].replace(/^'|'$/g, "").replace(/''/g, "'"));
          if (!sheet) itemNotFound(`the sheet of ${node.name.name}`);
          return { kind: "range", sheet, address: match[2].replace(/\$/g, "") };
        }
        break;
      case "range": {
        // A part of a range the model holds: a cell of it, then that cell resized.
        const slice = (from: RangeContents, row: number, col: number, rows: number, cols: number): RangeContents => {
          const cut = <T>(grid: T[][]) => grid.slice(row, row + rows).map((r) => r.slice(col, col + cols));
          return { ...from, values: cut(from.values), valueTypes: cut(from.valueTypes), formulas: cut(from.formulas) };
        };
        if (name === "GetCell" && node.contents) {
          const [row, col] = args.map(Number);
          const within = { contents: node.contents, row, col };
          return {
            kind: "range",
            sheet: node.sheet,
            address: `${node.address}@${row},${col}`,
            within,
            contents: slice(node.contents, row, col, 1, 1),
          };
        }
        if (name === "GetResizedRange" && node.within) {
          const [rows, cols] = args.map(Number);
          const { contents, row, col } = node.within;
          return {
            kind: "range",
            sheet: node.sheet,
            address: `${node.address}+${rows},${cols}`,
            contents: slice(contents, row, col, rows + 1, cols + 1),
          };
        }
        // How the library sends a large write in pieces: a row of the range, the box of two rows.
        if (!node.sheet) break;
        const [from, to] = corners(node.address);
        if (name === "GetRow") {
          const row = from.row + Number(args[0]);
          return { kind: "range", sheet: node.sheet, address: rangeA1({ row, col: from.col }, { row, col: to.col }) };
        }
        const other = objectArgs[0]?.node;
        if (name === "GetBoundingRect" && other?.kind === "range") {
          const [otherFrom, otherTo] = corners(other.address);
          const address = rangeA1(
            { row: Math.min(from.row, otherFrom.row), col: Math.min(from.col, otherFrom.col) },
            { row: Math.max(to.row, otherTo.row), col: Math.max(to.col, otherTo.col) },
          );
          return { kind: "range", sheet: node.sheet, address };
        }
        break;
      }
      default:
        break;
    }
    return { kind: "write-only" };
  }

  // ---- actions ----

  function refusal(type: string, member: string, args: readonly unknown[]): void {
    if (options.refuse?.(`${type}.${member}`, args))
      throw new ActionError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
  }

  function invoke(target: Resolved, action: RichApiAction): unknown {
    const info = classInfo(target.type);
    if (!info.invokedMethods.has(action.Name))
      throw new StandInError(`${target.type} has no method ${action.Name} sent as an action`);
    const node = target.node;
    if (!node) throw new ActionError("InvalidObjectPath", `${target.type} is a null object.`);
    refusal(target.type, action.Name, action.ArgumentInfo?.Arguments ?? []);
    if (node.kind === "chart" && action.Name === "Delete") {
      node.sheet.charts.splice(node.sheet.charts.indexOf(node.chart), 1);
      return null;
    }
    if (node.kind === "sheet" && action.Name === "Delete") {
      if (sheets.length === 1) throw new ActionError("InvalidOperation", "A workbook keeps at least one sheet.");
      sheets.splice(sheets.indexOf(node.sheet), 1);
      if (key(activeSheet) === key(node.sheet.name)) activeSheet = sheets[0].name;
      return null;
    }
    if (node.kind === "table" && action.Name === "Delete") {
      const owner = node.table.sheet?.tables;
      if (owner) owner.splice(owner.indexOf(node.table), 1);
      return null;
    }
    if (node.kind === "range" && node.sheet && !action.Name.startsWith("_")) {
      // A method on a range (Clear, Select…) is kept with the writes, named with its parentheses.
      const list = writes.get(node.sheet) ?? [];
      list.push({ address: node.address, property: `${action.Name}()`, value: action.ArgumentInfo?.Arguments });
      writes.set(node.sheet, list);
      return null;
    }
    if (node.kind === "sheet" && action.Name === "Activate") {
      activeSheet = node.sheet.name;
      return null;
    }
    if ((node.kind === "rows" || node.kind === "tables" || node.kind === "columns") && action.Name === "GetCount") {
      if (node.kind === "rows") return node.table.rows.length;
      if (node.kind === "columns") return node.table.headers.length;
      return (node.sheet ? node.sheet.tables : allTables()).length;
    }
    return null;
  }

  function setProperty(target: Resolved, action: RichApiAction, value: unknown): void {
    const info = classInfo(target.type);
    const scalar = [...info.scalars.values()].find((s) => s.original === action.Name);
    if (!scalar) throw new StandInError(`${target.type} has no property ${action.Name}`);
    if (!scalar.updateable) throw new ActionError("InvalidArgument", `${target.type}.${action.Name} is read-only.`);
    const node = target.node;
    if (!node) throw new ActionError("InvalidObjectPath", `${target.type} is a null object.`);
    refusal(target.type, action.Name, [value]);
    if (target.type === "PageLayout" && action.Name === "Zoom") {
      // Excel takes a number of pages from 1 up; "automatic" is a value left unset.
      const zoom = value as Record<string, unknown>;
      const pages = ["horizontalFitToPages", "verticalFitToPages"].map(
        (k) => zoom[k] ?? zoom[k[0].toUpperCase() + k.slice(1)],
      );
      if (pages.some((n) => n !== undefined && n !== null && !(Number(n) >= 1)))
        throw new ActionError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
    }
    if (node.kind === "chart" && action.Name === "Name") {
      node.chart.name = String(value);
      return;
    }
    if (node.kind === "sheet" && action.Name === "Name") {
      const name = String(value);
      const other = sheetNamed(name);
      if (other && other !== node.sheet)
        throw new ActionError("ItemAlreadyExists", `A sheet named ${name} already exists.`);
      if (key(activeSheet) === key(node.sheet.name)) activeSheet = name;
      node.sheet.name = name;
      return;
    }
    if (node.kind === "sheet" && action.Name === "Position") {
      sheets.splice(sheets.indexOf(node.sheet), 1);
      sheets.splice(Number(value), 0, node.sheet);
      return;
    }
    if (node.kind === "table" && action.Name === "Name") {
      const name = String(value);
      const taken = [
        ...allTables()
          .filter((t) => t !== node.table)
          .map((t) => t.name),
        ...workbookNames.map((n) => n.name),
      ];
      if (taken.some((t) => key(t) === key(name)))
        throw new ActionError("InvalidArgument", `The table name ${name} is already in use.`);
      node.table.name = name;
      return;
    }
    if (node.kind === "range" && node.sheet) {
      const list = writes.get(node.sheet) ?? [];
      list.push({ address: node.address, property: action.Name, value });
      writes.set(node.sheet, list);
    }
  }

  // ---- queries ----

  function scalarValue(node: Node, type: string, name: string): unknown {
    const unmodelled = () => {
      throw new StandInError(`the stand-in holds no ${type}.${name}`);
    };
    switch (node.kind) {
      case "sheet":
        if (name === "name") return node.sheet.name;
        if (name === "id") return node.sheet.id;
        if (name === "position") return position(node.sheet);
        return unmodelled();
      case "table":
        if (name === "name") return node.table.name;
        if (name === "showHeaders") return node.table.showHeaders;
        if (name === "id") return `{table-${node.table.name}}`;
        return unmodelled();
      case "rows":
        if (name === "count") return node.table.rows.length;
        return unmodelled();
      case "columns":
        if (name === "count") return node.table.headers.length;
        return unmodelled();
      case "row":
        if (name === "index") return node.index;
        if (name === "values") return [node.table.rows[node.index]];
        return unmodelled();
      case "column":
        if (name === "name") return node.table.headers[node.index];
        if (name === "index") return node.index;
        return unmodelled();
      case "name":
        if (name === "name") return node.name.name;
        if (name === "type") return node.name.type;
        if (name === "formula") return node.name.formula;
        return unmodelled();
      case "range": {
        const contents = node.contents;
        if (!contents) return unmodelled();
        if (name === "address") return contents.address;
        if (name === "values") return contents.values;
        if (name === "valueTypes") return contents.valueTypes;
        if (name === "formulas") return contents.formulas;
        if (name === "rowCount") return contents.values.length;
        if (name === "columnCount") return contents.values[0]?.length ?? 0;
        return unmodelled();
      }
      case "protection":
        if (name === "protected") return workbook.structureProtected ?? false;
        return unmodelled();
      case "chart":
        if (name === "name") return node.chart.name;
        return unmodelled();
      case "worksheets":
        if (name === "count") return sheets.length;
        return unmodelled();
      case "tables":
        if (name === "count") return (node.sheet ? node.sheet.tables : allTables()).length;
        return unmodelled();
      case "names":
        if (name === "count") return (node.sheet ? node.sheet.names : workbookNames).length;
        return unmodelled();
      default:
        return unmodelled();
    }
  }

  function items(node: Node): Node[] {
    switch (node.kind) {
      case "worksheets":
        return sheets.map((sheet) => ({ kind: "sheet", sheet }));
      case "tables":
        return (node.sheet ? node.sheet.tables : allTables()).map((table) => ({ kind: "table", table }));
      case "names":
        return (node.sheet ? node.sheet.names : workbookNames).map((name) => ({
          kind: "name",
          owner: node.sheet,
          name,
        }));
      case "rows":
        return node.table.rows.map((_, index) => ({ kind: "row", table: node.table, index }));
      case "columns":
        return node.table.headers.map((_, index) => ({ kind: "column", table: node.table, index }));
      case "charts":
        return node.sheet.charts.map((chart) => ({ kind: "chart", sheet: node.sheet, chart }));
      default:
        throw new StandInError(`the stand-in lists no items of ${node.kind}`);
    }
  }

  /** Refuses a load naming a property the class (or, for a collection, its items' class) does not have. */
  function checkSelect(type: string, paths: string[][]): void {
    const info = classInfo(type);
    for (const [first, ...rest] of paths) {
      if (info.scalars.has(first) && rest.length === 0) continue;
      const nav = info.navigations.get(first);
      if (nav) {
        if (rest.length > 0) checkSelect(nav.type, [rest]);
        continue;
      }
      if (info.isCollection && info.itemType) {
        checkSelect(info.itemType, [[first, ...rest]]);
        continue;
      }
      throw new ActionError("PropertyNotFound", `The property '${first}' is not part of the ${type} object.`);
    }
  }

  /** The data Excel sends for a query, under the names the library reads (Name, _Items…). */
  function query(type: string, node: Node | null, select: string[]): unknown {
    if (!node) return null;
    const info = classInfo(type);
    const paths = select.length > 0 ? select.map((s) => s.split("/")) : [...info.scalars.keys()].map((s) => [s]);
    if (info.isCollection) {
      const own = paths.filter((p) => p.length === 1 && info.scalars.has(p[0]));
      const forItems = paths.filter((p) => !(p.length === 1 && info.scalars.has(p[0])));
      const result: Record<string, unknown> = {};
      for (const [name] of own) result[info.scalars.get(name)!.original] = scalarValue(node, type, name);
      if (forItems.length > 0 || select.length === 0) {
        if (!info.itemType) throw new StandInError(`${type} has no item class`);
        result._Items = items(node).map((item) =>
          query(
            info.itemType!,
            item,
            forItems.map((p) => p.join("/")),
          ),
        );
      }
      return result;
    }
    const result: Record<string, unknown> = {};
    const groups = new Map<string, string[]>();
    for (const path of paths) {
      const [first, ...rest] = path;
      if (info.scalars.has(first) && rest.length === 0) {
        result[info.scalars.get(first)!.original] = scalarValue(node, type, first);
      } else if (info.navigations.has(first)) {
        const list = groups.get(first) ?? [];
        if (rest.length > 0) list.push(rest.join("/"));
        groups.set(first, list);
      } else {
        throw new ActionError("PropertyNotFound", `The property '${first}' is not part of the ${type} object.`);
      }
    }
    for (const [name, rest] of groups) {
      const nav = info.navigations.get(name)!;
      result[nav.original] = query(nav.type, navigate(node, nav.original), rest);
    }
    return result;
  }

  // ---- the request ----

  let requests = 0;
  function execute(body: RichApiRequest): RichApiResponse {
    const response = answer(body);
    requests += 1;
    for (const { sheet } of (options.addedMeanwhile ?? []).filter((added) => added.afterSync === requests)) {
      const meanwhile: SheetState = {
        name: sheet,
        id: `{sheet-${nextId++}}`,
        tables: [],
        names: [],
        usedRange: null,
        added: false,
        charts: [],
      };
      sheets.push(meanwhile);
    }
    return response;
  }

  function answer(body: RichApiRequest): RichApiResponse {
    const resolved = new Map<number, Resolved>();
    const resolve = (id: number): Resolved => {
      const known = resolved.get(id);
      if (known) return known;
      const path = body.ObjectPaths[String(id)];
      if (!path) throw new StandInError(`the request has no object path ${id}`);
      let result: Resolved;
      const args = path.ArgumentInfo?.Arguments ?? [];
      if (path.ObjectPathType === 1) result = { type: "Workbook", node: { kind: "workbook" } };
      else if (path.ObjectPathType === 7) result = { type: "Workbook", node: null };
      else {
        const objectArgs = (path.ArgumentInfo?.ReferencedObjectPathIds ?? []).map((ref) => (ref ? resolve(ref) : null));
        result = child(resolve(path.ParentObjectPathId!), path, args, objectArgs);
      }
      resolved.set(id, result);
      return result;
    };

    const results: RichApiResponse["Results"] = [];
    for (const [index, action] of body.Actions.entries()) {
      try {
        switch (action.ActionType) {
          case 1: {
            const target = resolve(action.ObjectPathId);
            results.push({ ActionId: action.Id, Value: target.node ? {} : null });
            break;
          }
          case 2: {
            const target = resolve(action.ObjectPathId);
            const select = [...(action.QueryInfo?.Select ?? []), ...(action.QueryInfo?.Expand ?? [])];
            checkSelect(
              target.type,
              select.map((path) => path.split("/")),
            );
            results.push({ ActionId: action.Id, Value: query(target.type, target.node, select) });
            break;
          }
          case 3: {
            results.push({ ActionId: action.Id, Value: invoke(resolve(action.ObjectPathId), action) });
            break;
          }
          case 4: {
            const target = resolve(action.ObjectPathId);
            setProperty(target, action, action.ArgumentInfo?.Arguments?.[0]);
            break;
          }
          default:
            break;
        }
      } catch (error) {
        if (!(error instanceof ActionError)) throw error;
        return {
          Results: results,
          Error: { Code: error.code, Message: error.message, HttpStatusCode: error.status, ActionIndex: index },
        };
      }
    }
    return { Results: results };
  }

  const syncs: SyncRecord[] = [];
  const addinChecks: string[] = [];
  const supported = (name: string, version: string) => name === "ExcelApi" && versionAtMost(version, options.excelApi);
  const library = loadExcelLibrary(supported, { execute }, (body, requestBytes, response, responseBytes) => {
    syncs.push({
      actions: body.Actions,
      objectPaths: body.ObjectPaths,
      requestBytes,
      responseBytes,
      error: response.Error?.Code,
    });
  });

  return {
    library,
    syncs,
    addinChecks,
    sheetNames: () => sheets.map((sheet) => sheet.name),
    tableNames: () => allTables().map((table) => table.name),
    sheetId: (name) => sheetNamed(name)?.id,
    charts: (name) => (sheetNamed(name)?.charts ?? []).map((chart) => ({ ...chart })),
    writes: (name) => {
      const sheet = sheetNamed(name);
      return (sheet && writes.get(sheet)) ?? [];
    },
    addedTables: (name) => {
      const sheet = sheetNamed(name);
      if (!sheet) throw new StandInError(`no sheet ${name}`);
      const cells = new Map<string, CellInput>();
      for (const write of writes.get(sheet) ?? []) {
        if (write.property !== "Formulas" && write.property !== "Values") continue;
        const [from] = write.address.split(":");
        const origin = parseA1(from);
        (write.value as CellInput[][]).forEach((row, r) =>
          row.forEach((input, c) => cells.set(`${origin.row + r}:${origin.col + c}`, input)),
        );
      }
      const cellAt = (row: number, col: number) => cells.get(`${row}:${col}`) ?? "";
      return sheet.tables.flatMap((table) => {
        if (table.address === undefined) return [];
        const [from, to] = table.address.split(":").map(parseA1);
        const columns = Array.from({ length: to.col - from.col + 1 }, (_, c) => String(cellAt(from.row, from.col + c)));
        const body: TableBody = {
          name: table.name,
          columns,
          firstCol: from.col,
          firstDataRow: from.row + 1,
          lastDataRow: to.row,
        };
        return [{ body, cellAt }];
      });
    },
    install() {
      vi.stubGlobal("Excel", library.Excel);
      vi.stubGlobal("Office", {
        context: {
          requirements: {
            isSetSupported(name: string, version: string) {
              addinChecks.push(`${name} ${version}`);
              return supported(name, version);
            },
          },
        },
      });
    },
  };
}

/** A chart as `charts.add` asked Excel for it: its type, its source range's address and its series orientation. */
export interface ChartAdded {
  type: string;
  source: string;
  seriesBy: string | undefined;
}

/** Every chart the requests added, from the requests themselves. */
export function chartsAdded(syncs: readonly SyncRecord[]): ChartAdded[] {
  return syncs.flatMap(({ objectPaths }) =>
    Object.values(objectPaths)
      .filter((path) => path.ObjectPathType === 3 && path.Name === "Add")
      .filter((path) => objectPaths[String(path.ParentObjectPathId)]?.Name === "Charts")
      .map((path) => {
        const [type, , seriesBy] = path.ArgumentInfo?.Arguments ?? [];
        const sourceId = path.ArgumentInfo?.ReferencedObjectPathIds?.[1];
        const source = sourceId ? objectPaths[String(sourceId)] : undefined;
        if (source?.Name !== "GetRange") throw new StandInError("a chart's source is not a range of its sheet");
        return {
          type: String(type),
          source: String(source.ArgumentInfo?.Arguments?.[0]),
          seriesBy: seriesBy as string | undefined,
        };
      }),
  );
}

/**
 * The cells of `address` (A1 or A1:B2, on the sheet) within a sheet's used range, as Excel reads them:
 * outside the used range, empty. Only a sheet that was read in with its contents has any.
 */
function sliceOf(used: RangeContents, address: string): RangeContents {
  const origin = parseA1(used.address.replace(/^.*!/, "").split(":")[0]);
  const [from, to = from] = address.split(":").map(parseA1);
  const rows = Array.from({ length: to.row - from.row + 1 }, (_, r) => from.row + r - origin.row);
  const cols = Array.from({ length: to.col - from.col + 1 }, (_, c) => from.col + c - origin.col);
  const pick = <T>(grid: T[][], empty: T) => rows.map((r) => cols.map((c) => grid[r]?.[c] ?? empty));
  return {
    address,
    values: pick(used.values, ""),
    valueTypes: pick(used.valueTypes, "Empty"),
    formulas: pick(used.formulas, ""),
  };
}
