import { OfficeMockObject } from "office-addin-mock";
import { vi } from "vitest";
import { a1, rangeA1 } from "../../src/sheet/address";
import type { CellContent, PlainSheetPlan, SheetPlan } from "../../src/sheet/plan";
import type { RangeContents } from "../../src/sheet/grid/sheetGrid";

/**
 * A mock Excel for the writers: office-addin-mock carries the reads (collections, workbook protection,
 * the sheets whose contents are read) with its load-then-sync rules; the objects Office.js methods
 * return for writing (a new sheet, its ranges, table, names, charts…) are small fakes that record what
 * was written to them. Every call lands in `log`, in order, so tests can check what was sent in which
 * sync.
 */

/** A table on a sheet whose contents can be read. */
export interface ExistingTable {
  name: string;
  headers: string[];
  /** The data body, row by row. */
  rows: unknown[][];
  showHeaders?: boolean;
}

/** A defined name as `names.load("items/name,items/type,items/formula")` gives it. */
export interface ExistingName {
  name: string;
  type: string;
  formula: string;
}

/** A sheet of the workbook whose tables, sheet-scoped names and cells can be read. */
export interface ReadableSheet {
  name: string;
  tables: ExistingTable[];
  names: ExistingName[];
  /** The used range; null for an empty sheet. */
  usedRange: RangeContents | null;
  /** The names of the charts already on the sheet, in order. */
  charts?: string[];
}

export interface ExistingWorkbook {
  /** Every sheet's name, in tab order. */
  sheets: string[];
  /** Tables on sheets that are not readable. */
  tables: string[];
  /** Workbook-level defined names. */
  names: string[];
  structureProtected?: boolean;
  /** Sheets among `sheets` that can be read, with what they hold. */
  readable?: ReadableSheet[];
  /** The first sheet unless told. */
  activeSheet?: string;
}

/** A batch Excel stopped at a command: the commands before it were applied, it and those after were not. */
export interface StoppedBatch {
  error: Error;
  /** The first log entry of the batch that was not applied, e.g. "方案对比: delete". */
  stopsAt: string;
}

export interface ExcelMockOptions {
  workbook: ExistingWorkbook;
  /**
   * Commands Excel refuses, by their log entry (e.g. "Budget: charts.add Funnel $Q$31:$Q$36"): a batch
   * holding one fails with the error given, the commands before it applied, it and those after not.
   */
  refuse?: (entry: string) => Error | undefined;
  /** Sheets someone else adds once the n-th sync (1-based) has answered, as a co-author or a second insertion would. */
  addedMeanwhile?: { afterSync: number; sheet: string }[];
  /** The highest ExcelApi version this "Excel" supports; "1.9" unless told. */
  excelApi?: string;
  /**
   * Makes the n-th `context.sync()` (1-based) reject, as Excel would. With an error alone, every command
   * of the batch was applied; with a StoppedBatch, the deletions and renames from `stopsAt` on were not.
   */
  failingSyncs?: Record<number, Error | StoppedBatch>;
}

/** The changes a batch made that a stopped batch takes back: deletions and renames. */
class Effects {
  private readonly done: { at: number; undo: () => void }[] = [];
  constructor(private readonly log: string[]) {}
  /** Records a change made by the log entry just written. */
  add(undo: () => void): void {
    this.done.push({ at: this.log.length - 1, undo });
  }
  /** Undoes the changes from the first entry after `since` that starts with `stopsAt`. */
  stop(since: number, stopsAt: string): void {
    const from = this.log.findIndex((entry, index) => index > since && entry.startsWith(stopsAt));
    if (from < 0) throw new Error(`the batch has no "${stopsAt}"`);
    this.stopAt(from);
  }
  /** Undoes the changes from the log entry at `from` on. */
  stopAt(from: number): void {
    for (const effect of this.done.filter((done) => done.at >= from).reverse()) effect.undo();
    this.done.splice(0, this.done.length, ...this.done.filter((done) => done.at < from));
  }
}

/** An error shaped like OfficeExtension.Error. */
export function officeError(code: string, message: string): Error {
  return Object.assign(new Error(message), { name: "RichApi.Error", code });
}

export class FakeConditionalFormat {
  readonly custom = { rule: { formula: "" }, format: { fill: { color: "" }, font: { color: "" } } };
  constructor(readonly type: string) {}
}

export class FakeRange {
  readonly format = {
    font: {} as { bold?: boolean; italic?: boolean; size?: number; color?: string },
    fill: {} as { color?: string },
    wrapText: undefined as boolean | undefined,
    horizontalAlignment: undefined as string | undefined,
    columnWidth: undefined as number | undefined,
  };
  readonly conditionalFormats: {
    added: FakeConditionalFormat[];
    add(type: string): FakeConditionalFormat;
    clearAll(): void;
  };
  readonly dataValidation = {
    rule: undefined as unknown,
    prompt: undefined as unknown,
    errorAlert: undefined as unknown,
  };
  private written: { values?: unknown[][]; formulas?: unknown[][]; numberFormat?: unknown[][] } = {};

  constructor(
    readonly sheet: FakeWorksheet,
    readonly address: string,
  ) {
    const added: FakeConditionalFormat[] = [];
    this.conditionalFormats = {
      added,
      add: (type: string) => {
        sheet.record(`conditionalFormats.add ${address}`);
        const conditionalFormat = new FakeConditionalFormat(type);
        added.push(conditionalFormat);
        return conditionalFormat;
      },
      clearAll: () => sheet.record(`conditionalFormats.clearAll ${address}`),
    };
  }

  clear(applyTo?: string): void {
    this.sheet.record(`clear ${this.address} ${applyTo ?? "All"}`);
  }

  get values() {
    return this.written.values;
  }
  set values(grid) {
    this.sheet.record(`values ${this.address}`);
    this.written.values = grid;
  }
  get formulas() {
    return this.written.formulas;
  }
  set formulas(grid) {
    this.sheet.record(`formulas ${this.address}`);
    this.written.formulas = grid;
  }
  get numberFormat() {
    return this.written.numberFormat;
  }
  set numberFormat(grid) {
    this.sheet.record(`numberFormat ${this.address}`);
    this.written.numberFormat = grid;
  }

  select(): void {
    this.sheet.record(`select ${this.address}`);
  }
}

export interface AddedTable {
  address: string;
  hasHeaders: boolean;
  name?: string;
  style?: string;
}

export interface AddedName {
  name: string;
  address: string;
  comment?: string;
}

export interface AddedSeries {
  name?: string;
  /** The addresses given to setValues and setXAxisValues; the first series' values are the chart's source. */
  values?: string;
  categories?: string;
}

/** A chart as `charts.add` made it and the writes that followed. */
export class FakeChart {
  /** Deleted, or never made because its batch stopped before it. */
  gone = false;
  private currentName: string | undefined;
  readonly title = { text: undefined as string | undefined };
  readonly legend = { visible: undefined as boolean | undefined };
  readonly axes = { categoryAxis: { reversePlotOrder: undefined as boolean | undefined } };
  readonly addedSeries: AddedSeries[];
  position: { from: string; to: string } | undefined;
  readonly series: {
    getItemAt(index: number): FakeSeries;
    add(name: string): FakeSeries;
  };

  constructor(
    private readonly sheet: FakeWorksheet,
    readonly type: string,
    source: FakeRange,
    readonly seriesBy: string | undefined,
  ) {
    this.addedSeries = [{ values: source.address }];
    this.series = {
      getItemAt: (index: number) => new FakeSeries(this.addedSeries[index]),
      add: (name: string) => {
        const added: AddedSeries = { name };
        this.addedSeries.push(added);
        return new FakeSeries(added);
      },
    };
  }

  setPosition(from: string, to: string): void {
    this.sheet.record(`chart setPosition ${from}:${to}`);
    this.position = { from, to };
  }

  get name(): string | undefined {
    return this.currentName;
  }
  set name(name: string | undefined) {
    this.sheet.record(`chart name ${name}`);
    this.currentName = name;
  }

  load(): this {
    return this;
  }

  get isNullObject(): boolean {
    return false;
  }

  /** A chart on the sheet before the test began: named without a write. */
  static existing(sheet: FakeWorksheet, name: string): FakeChart {
    const chart = new FakeChart(sheet, "existing", new FakeRange(sheet, ""), undefined);
    chart.currentName = name;
    return chart;
  }

  delete(): void {
    this.sheet.record(`chart delete ${this.currentName}`);
    this.gone = true;
    this.sheet.effect(() => (this.gone = false));
  }
}

export class FakeSeries {
  constructor(private readonly series: AddedSeries) {}
  set name(name: string) {
    this.series.name = name;
  }
  setValues(range: FakeRange): void {
    this.series.values = range.address;
  }
  setXAxisValues(range: FakeRange): void {
    this.series.categories = range.address;
  }
}

export class FakeWorksheet {
  readonly ranges: FakeRange[] = [];
  readonly addedTables: AddedTable[] = [];
  readonly addedNames: AddedName[] = [];
  /** Every chart `charts.add` made, drawn or not; `addedCharts` are those in the workbook. */
  readonly chartsMade: FakeChart[] = [];
  readonly pageLayout: {
    printArea?: string;
    orientation?: string;
    zoom?: unknown;
    setPrintArea(address: string): void;
  };
  readonly id: string;
  frozenRows: number | undefined;
  deleted = false;
  private currentName: string;
  private currentPosition: number | undefined;
  private loaded = new Set<string>();

  readonly tables = {
    add: (address: string, hasHeaders: boolean) => {
      this.record(`tables.add ${address}`);
      const table: AddedTable = { address, hasHeaders };
      this.addedTables.push(table);
      return table;
    },
    getItem: (name: string) => ({ delete: () => this.record(`tables.getItem ${name} delete`) }),
    getItemOrNullObject: (name: string) => {
      this.record(`tables.getItemOrNullObject ${name}`);
      return { isNullObject: false, delete: () => this.record(`tables.getItem ${name} delete`) };
    },
  };
  readonly names = {
    add: (name: string, reference: FakeRange, comment?: string) => {
      this.record(`names.add ${name}`);
      this.addedNames.push({ name, address: reference.address, comment });
    },
  };
  readonly freezePanes = {
    freezeRows: (count: number) => {
      this.record(`freezeRows ${count}`);
      this.frozenRows = count;
    },
  };
  readonly charts = {
    add: (type: string, source: FakeRange, seriesBy?: string) => {
      this.record(`charts.add ${type} ${source.address}`);
      const chart = new FakeChart(this, type, source, seriesBy);
      this.chartsMade.push(chart);
      this.effect(() => (chart.gone = true));
      return chart;
    },
    getItem: (name: string) => {
      const chart = this.addedCharts.find((candidate) => candidate.name === name);
      if (!chart) throw new Error(`the mock has no chart ${name}`);
      return chart;
    },
    getItemOrNullObject: (name: string) =>
      this.addedCharts.find((candidate) => candidate.name === name) ?? {
        isNullObject: true,
        load() {
          return this;
        },
      },
  };

  constructor(
    name: string,
    private readonly log: string[],
    private readonly exists: boolean,
    private readonly effects?: Effects,
    id = `{${name}}`,
  ) {
    this.currentName = name;
    this.id = id;
    const sheet = this;
    const layout: { printArea?: string; orientation?: string; zoom?: unknown } = {};
    this.pageLayout = {
      setPrintArea(address: string) {
        sheet.record(`setPrintArea ${address}`);
        layout.printArea = address;
      },
      get printArea() {
        return layout.printArea;
      },
      get orientation() {
        return layout.orientation;
      },
      set orientation(orientation) {
        sheet.record(`pageLayout.orientation ${orientation}`);
        layout.orientation = orientation;
      },
      get zoom() {
        return layout.zoom;
      },
      set zoom(zoom) {
        sheet.record(`pageLayout.zoom ${JSON.stringify(zoom)}`);
        layout.zoom = zoom;
      },
    };
  }

  /** The charts in the workbook: made by a batch that went through, not deleted since. */
  get addedCharts(): FakeChart[] {
    return this.chartsMade.filter((chart) => !chart.gone);
  }

  /** Records a change made by the entry just logged, undone if its batch stops before it. */
  effect(undo: () => void): void {
    this.effects?.add(undo);
  }

  get name(): string {
    return this.currentName;
  }
  set name(name: string) {
    this.record(`rename ${name}`);
    this.renamed?.(this, name);
    const before = this.currentName;
    this.currentName = name;
    this.effects?.add(() => (this.currentName = before));
  }

  /** Told of each rename, before it takes effect. */
  renamed?: (sheet: FakeWorksheet, name: string) => void;

  get position(): number | undefined {
    return this.currentPosition;
  }
  set position(position: number | undefined) {
    this.record(`position ${position}`);
    this.currentPosition = position;
  }

  record(entry: string): void {
    this.log.push(`${this.currentName}: ${entry}`);
  }

  getRange(address: string): FakeRange {
    const range = new FakeRange(this, address);
    this.ranges.push(range);
    return range;
  }

  /** Every range of that address this sheet handed out, in order. */
  rangesAt(address: string): FakeRange[] {
    return this.ranges.filter((range) => range.address === address);
  }

  activate(): void {
    this.record("activate");
  }

  delete(): void {
    this.record("delete");
    this.deleted = true;
    this.effects?.add(() => (this.deleted = false));
  }

  load(properties: string): this {
    for (const property of properties.split(",")) this.loaded.add(property.trim());
    return this;
  }

  /** Excel sets isNullObject on the next sync without a load. */
  get isNullObject(): boolean {
    return !this.exists || this.deleted;
  }
}

/** Only the loaded paths of a value: "items/columns/items/name" keeps each item's columns' names. */
function project(value: unknown, paths: string[][]): unknown {
  if (paths.some((path) => path.length === 0)) return value;
  if (Array.isArray(value)) return value.map((item) => project(item, paths));
  const result: Record<string, unknown> = {};
  for (const first of new Set(paths.map((path) => path[0]))) {
    const next = (value as Record<string, unknown>)[first];
    if (next === undefined) throw new Error(`load: the mock has no ${first}`);
    result[first] = project(
      next,
      paths.filter((path) => path[0] === first).map((path) => path.slice(1)),
    );
  }
  return result;
}

/**
 * A collection whose items, after load and sync, hold only what was loaded ("items/name",
 * "items/worksheet/name", "items/rows/items/values"…): anything else was never sent.
 */
export function collection(items: object[], methods: Record<string, unknown> = {}) {
  const loaded: string[][] = [];
  return {
    items: [] as unknown[],
    load(this: OfficeMockObject, properties: string) {
      for (const path of properties.split(",")) {
        const segments = path.trim().split("/");
        if (segments[0] !== "items" || segments.length < 2) throw new Error(`unexpected load("${path}")`);
        loaded.push(segments.slice(1));
      }
      // setValue is how office-addin-mock itself sets a property; its typings call it private.
      (this as unknown as { setValue(name: string, value: unknown): void }).setValue("items", project(items, loaded));
      return OfficeMockObject.prototype.load.call(this, "items");
    },
    ...methods,
  };
}

function versionAtMost(version: string, highest: string): boolean {
  const [major, minor] = version.split(".").map(Number);
  const [topMajor, topMinor] = highest.split(".").map(Number);
  return major < topMajor || (major === topMajor && minor <= topMinor);
}

/** What a readable sheet answers, as office-addin-mock data: loads work as Excel's do. */
function readableSheetData(
  sheet: ReadableSheet,
  log: string[],
  deleted: Set<string>,
  effects: Effects,
  writer: FakeWorksheet = new FakeWorksheet(sheet.name, log, true, effects),
) {
  return {
    name: sheet.name,
    id: `{${sheet.name}}`,
    tables: collection(
      sheet.tables.map((table) => ({
        name: table.name,
        showHeaders: table.showHeaders ?? true,
        columns: { items: table.headers.map((name) => ({ name })) },
        rows: { count: table.rows.length, items: table.rows.map((values, index) => ({ index, values: [values] })) },
      })),
      {
        // Writes to an existing sheet land on its writer (see ExcelMock.sheet).
        add: (address: string, hasHeaders: boolean) => writer.tables.add(address, hasHeaders),
        getItem: (name: string) => writer.tables.getItem(name),
        getItemOrNullObject: (name: string) => writer.tables.getItemOrNullObject(name),
      },
    ),
    names: collection(sheet.names),
    getRange: (address: string) => writer.getRange(address),
    freezePanes: { freezeRows: (count: number) => writer.freezePanes.freezeRows(count) },
    pageLayout: { setPrintArea: (address: string) => writer.pageLayout.setPrintArea(address) },
    charts: {
      add: (type: string, source: FakeRange, seriesBy?: string) => writer.charts.add(type, source, seriesBy),
      getItem: (name: string) => writer.charts.getItem(name),
      // The charts as the sheet has them when the load is queued.
      load(this: OfficeMockObject, properties: string) {
        if (properties !== "items/name") throw new Error(`unexpected charts.load("${properties}")`);
        const names = writer.addedCharts.map((chart) => ({ name: chart.name }));
        (this as unknown as { setValue(name: string, value: unknown): void }).setValue("items", names);
        return OfficeMockObject.prototype.load.call(this, "items");
      },
    },
    usedRange: {
      address: sheet.usedRange?.address ?? "",
      values: sheet.usedRange?.values ?? [],
      valueTypes: sheet.usedRange?.valueTypes ?? [],
      formulas: sheet.usedRange?.formulas ?? [],
      isNullObject: sheet.usedRange === null,
      // Excel answers isNullObject with any load of a *OrNullObject result.
      load(this: OfficeMockObject, properties: string) {
        return OfficeMockObject.prototype.load.call(this, `${properties},isNullObject`);
      },
    },
    getUsedRangeOrNullObject(this: { usedRange: unknown }) {
      return this.usedRange;
    },
    delete() {
      log.push(`${sheet.name}: delete`);
      deleted.add(sheet.name.toUpperCase());
      effects.add(() => deleted.delete(sheet.name.toUpperCase()));
    },
  };
}

export interface ExcelMock {
  /** The `Excel` global. */
  excel: OfficeMockObject & { context: OfficeMockObject };
  /** The request context `Excel.run` hands out; spy on its `sync`. */
  context: OfficeMockObject;
  /** The same context typed as Office.js's, for calling the Excel layer directly. */
  requestContext: Excel.RequestContext;
  /** Every call and write, in order, as "<sheet>: <what>", plus "sync" lines. */
  log: string[];
  /** The sheets `worksheets.add` created, in order. */
  addedSheets: FakeWorksheet[];
  /** The upper-cased names of the existing sheets that were deleted. */
  deletedSheets: Set<string>;
  /** An existing sheet, as what was written to it (ranges, tables, names…). */
  sheet(name: string): FakeWorksheet;
  /** A sheet that was in the workbook or added meanwhile, by name. */
  existingSheet(name: string): FakeWorksheet | undefined;
  isSetSupported: ReturnType<typeof vi.fn>;
}

export function createExcelMock(options: ExcelMockOptions): ExcelMock {
  const log: string[] = [];
  const addedSheets: FakeWorksheet[] = [];
  const deletedSheets = new Set<string>();
  const { workbook } = options;
  const readable = workbook.readable ?? [];
  const readableIndex = (name: string) =>
    readable.findIndex((sheet) => sheet.name.toUpperCase() === name.toUpperCase());
  const effects = new Effects(log);
  const existingSheets = new Map(
    workbook.sheets.map((name) => [name.toUpperCase(), new FakeWorksheet(name, log, true, effects)]),
  );
  for (const sheet of readable) {
    const writer = existingSheets.get(sheet.name.toUpperCase());
    for (const name of sheet.charts ?? []) writer?.chartsMade.push(FakeChart.existing(writer, name));
  }
  let syncCount = 0;
  let lastSync = -1;
  let missingItem: Error | undefined;
  /** The first command of the batch Excel refuses, by its log index. */
  let refused: { at: number; error: Error } | undefined;
  const refuse = (error: Error) => {
    if (!refused) refused = { at: log.length - 1, error };
  };
  const liveSheets = () => [
    ...[...existingSheets.entries()]
      .filter(([key, sheet]) => !deletedSheets.has(key) && !sheet.deleted)
      .map(([, sheet]) => sheet),
    ...addedSheets.filter((sheet) => !sheet.deleted),
  ];
  /** Excel refuses a sheet name another sheet has. */
  const checkRename = (sheet: FakeWorksheet, name: string) => {
    const other = liveSheets().find((s) => s !== sheet && s.name.toUpperCase() === name.toUpperCase());
    if (other) refuse(officeError("ItemAlreadyExists", "A resource with the same name or identifier already exists."));
  };
  const byKey = (key: string) =>
    liveSheets().find((sheet) => sheet.id === key || sheet.name.toUpperCase() === key.toUpperCase());

  const tableItems = [
    ...readable.flatMap((sheet) =>
      sheet.tables.map((table) => ({
        name: table.name,
        worksheet: { name: sheet.name },
        rows: { items: table.rows.map((values) => ({ values: [values] })) },
      })),
    ),
    ...workbook.tables.map((name) => ({ name, worksheet: { name: "" }, rows: { items: [] } })),
  ];
  const activeSheet = workbook.activeSheet ?? workbook.sheets[0] ?? "";

  const data = {
    context: {
      workbook: {
        worksheets: collection(
          workbook.sheets.map((name, position) => ({ name, position })),
          {
            ...Object.fromEntries(
              readable.map((sheet, index) => [
                `readable${index}`,
                readableSheetData(sheet, log, deletedSheets, effects, existingSheets.get(sheet.name.toUpperCase())),
              ]),
            ),
            active: { name: activeSheet },
            add(name: string) {
              log.push(`worksheets.add ${name}`);
              const sheet = new FakeWorksheet(name, log, true, effects, `{added-${addedSheets.length + 1}}`);
              checkRename(sheet, name);
              sheet.renamed = checkRename;
              addedSheets.push(sheet);
              effects.add(() => (sheet.deleted = true));
              return sheet;
            },
            getItem(this: Record<string, unknown>, name: string) {
              log.push(`worksheets.getItem ${name}`);
              const index = readableIndex(name);
              if (index >= 0) return this[`readable${index}`];
              const sheet = byKey(name);
              if (sheet) return sheet;
              missingItem = officeError("ItemNotFound", "The requested resource doesn't exist.");
              return new OfficeMockObject(
                readableSheetData({ name, tables: [], names: [], usedRange: null }, log, deletedSheets, effects),
              );
            },
            getItemOrNullObject(name: string) {
              log.push(`worksheets.getItemOrNullObject ${name}`);
              return byKey(name) ?? new FakeWorksheet(name, log, false);
            },
            getActiveWorksheet(this: Record<string, unknown>) {
              return this.active;
            },
          },
        ),
        tables: collection(tableItems, {
          // A table by name, for its data rows as one range and the names of its sheet's charts.
          getItem(name: string) {
            const sheet = readable.find((s) => s.tables.some((t) => t.name.toUpperCase() === name.toUpperCase()));
            const table = sheet?.tables.find((t) => t.name.toUpperCase() === name.toUpperCase());
            if (!table) missingItem = officeError("ItemNotFound", "The requested resource doesn't exist.");
            const values = table?.rows ?? [];
            const writer = sheet && existingSheets.get(sheet.name.toUpperCase());
            const chartItems = () => (writer?.addedCharts ?? []).map((chart) => ({ name: chart.name }));
            return {
              getDataBodyRange: () => ({ values, load: () => ({ values }) }),
              worksheet: {
                charts: {
                  load: (properties: string) => {
                    if (properties !== "items/name") throw new Error(`unexpected charts.load("${properties}")`);
                    return { items: chartItems() };
                  },
                },
              },
            };
          },
        }),
        names: collection(workbook.names.map((name) => ({ name }))),
        protection: { protected: workbook.structureProtected ?? false },
      },
      application: {
        suspendApiCalculationUntilNextSync() {
          log.push("suspendApiCalculationUntilNextSync");
        },
      },
      async sync(this: OfficeMockObject) {
        syncCount += 1;
        const batchStart = lastSync;
        lastSync = log.length;
        log.push("sync");
        await OfficeMockObject.prototype.sync.call(this);
        for (let index = batchStart + 1; index < log.length && !refused; index++) {
          const refusal = options.refuse?.(log[index]);
          if (refusal) refused = { at: index, error: refusal };
        }
        const failure = options.failingSyncs?.[syncCount];
        if (failure && !(failure instanceof Error)) effects.stop(batchStart, failure.stopsAt);
        if (refused) effects.stopAt(refused.at);
        const error = failure instanceof Error ? failure : (failure?.error ?? refused?.error ?? missingItem);
        missingItem = undefined;
        refused = undefined;
        if (!error) {
          for (const { sheet } of (options.addedMeanwhile ?? []).filter((added) => added.afterSync === syncCount)) {
            existingSheets.set(
              sheet.toUpperCase(),
              new FakeWorksheet(sheet, log, true, effects, `{meanwhile ${sheet}}`),
            );
          }
        }
        if (error) throw error;
      },
    },
    async run(this: { context: unknown }, batch: (context: unknown) => Promise<unknown>) {
      return batch(this.context);
    },
  };

  const excel = new OfficeMockObject(data) as ExcelMock["excel"];
  const isSetSupported = vi.fn(
    (name: string, version: string) => name === "ExcelApi" && versionAtMost(version, options.excelApi ?? "1.9"),
  );
  return {
    excel,
    context: excel.context,
    requestContext: excel.context as unknown as Excel.RequestContext,
    log,
    addedSheets,
    deletedSheets,
    sheet: (name: string) => {
      const sheet = existingSheets.get(name.toUpperCase());
      if (!sheet) throw new Error(`no existing sheet ${name}`);
      return sheet;
    },
    existingSheet: (name) => existingSheets.get(name.toUpperCase()),
    isSetSupported,
  };
}

/** Makes the mock the `Excel` and `Office` globals the add-in sees. */
export function installExcelMock(mock: ExcelMock): void {
  vi.stubGlobal("Excel", mock.excel);
  vi.stubGlobal("Office", new OfficeMockObject({ context: { requirements: { isSetSupported: mock.isSetSupported } } }));
}

/** A cell as Excel reports it: its value, value type and formula. */
function excelCell(content: CellContent | undefined): { value: unknown; type: string; formula: unknown } {
  if (!content || (content.kind === "text" && content.text === "")) return { value: "", type: "Empty", formula: "" };
  switch (content.kind) {
    case "text":
      return { value: content.text, type: "String", formula: content.text };
    case "number":
      return { value: content.value.toNumber(), type: "Double", formula: content.value.toNumber() };
    case "formula": {
      const value = typeof content.result === "string" ? content.result : content.result.toNumber();
      return { value, type: typeof value === "string" ? "String" : "Double", formula: content.formula };
    }
  }
}

const quotedSheet = (name: string) => `'${name.replace(/'/g, "''")}'`;

/** A budget sheet as freshly written from its plan: its table, its names and its used range. */
/** A plan's cells as Excel holds them once written: value, type and formula per cell of its used range. */
function planGrid(plan: PlainSheetPlan) {
  const rows = Math.max(...plan.cells.map((cell) => cell.row)) + 1;
  const cols = Math.max(...plan.cells.map((cell) => cell.col)) + 1;
  const byPosition = new Map(plan.cells.map((cell) => [`${cell.row}:${cell.col}`, cell.content]));
  const grid = Array.from({ length: rows }, (_, row) =>
    Array.from({ length: cols }, (_, col) => excelCell(byPosition.get(`${row}:${col}`))),
  );
  const usedRange = {
    address: `${quotedSheet(plan.sheetName)}!${rangeA1({ row: 0, col: 0 }, { row: rows - 1, col: cols - 1 })}`,
    values: grid.map((row) => row.map((cell) => cell.value)),
    valueTypes: grid.map((row) => row.map((cell) => cell.type)),
    formulas: grid.map((row) => row.map((cell) => cell.formula)),
  };
  return { grid, usedRange };
}

/** A sheet written from a plan without a table (a phasing sheet, a report), with its names, as Excel reads it. */
export function readablePlainSheet(plan: PlainSheetPlan): ReadableSheet {
  return {
    name: plan.sheetName,
    tables: [],
    names: plan.names.map((name) => ({
      name: name.name,
      type: "Range",
      formula: `=${quotedSheet(plan.sheetName)}!${a1(name.ref, true)}`,
    })),
    usedRange: planGrid(plan).usedRange,
  };
}

export function readableBudgetSheet(plan: SheetPlan): ReadableSheet {
  const { grid } = planGrid(plan);
  const { table } = plan;
  const tableCol = (offset: number) => table.firstCol + offset;
  return {
    ...readablePlainSheet(plan),
    tables: [
      {
        name: table.name,
        headers: [...table.columns],
        rows: Array.from({ length: table.lastDataRow - table.firstDataRow + 1 }, (_, index) =>
          table.columns.map((_, offset) => grid[table.firstDataRow + index][tableCol(offset)].value),
        ),
      },
    ],
  };
}
