import { OfficeMockObject } from "office-addin-mock";
import { vi } from "vitest";

/**
 * A mock Excel for the insertion: office-addin-mock carries the reads (collections' names, workbook
 * protection) with its load-then-sync rules; the objects Office.js methods return (a new sheet, its
 * ranges, table, names…) are small fakes that record what was written to them. Every call lands in
 * `log`, in order, so tests can check what was sent in which sync.
 */

export interface ExistingWorkbook {
  sheets: string[];
  tables: string[];
  /** Workbook-level defined names. */
  names: string[];
  structureProtected?: boolean;
}

export interface ExcelMockOptions {
  workbook: ExistingWorkbook;
  /** The highest ExcelApi version this "Excel" supports; "1.9" unless told. */
  excelApi?: string;
  /** Makes the n-th `context.sync()` (1-based) reject with the error given for n, as Excel would. */
  failingSyncs?: Record<number, Error>;
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
  readonly conditionalFormats: { added: FakeConditionalFormat[]; add(type: string): FakeConditionalFormat };
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
    };
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

export class FakeWorksheet {
  readonly ranges: FakeRange[] = [];
  readonly addedTables: AddedTable[] = [];
  readonly addedNames: AddedName[] = [];
  readonly pageLayout: {
    printArea?: string;
    orientation?: string;
    zoom?: unknown;
    setPrintArea(address: string): void;
  };
  frozenRows: number | undefined;
  deleted = false;
  private loaded = new Set<string>();

  readonly tables = {
    add: (address: string, hasHeaders: boolean) => {
      this.record(`tables.add ${address}`);
      const table: AddedTable = { address, hasHeaders };
      this.addedTables.push(table);
      return table;
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

  constructor(
    readonly name: string,
    private readonly log: string[],
    private readonly exists: boolean,
  ) {
    const sheet = this;
    this.pageLayout = {
      setPrintArea(address: string) {
        sheet.record(`setPrintArea ${address}`);
        this.printArea = address;
      },
    };
  }

  record(entry: string): void {
    this.log.push(`${this.name}: ${entry}`);
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
  }

  load(properties: string): this {
    for (const property of properties.split(",")) this.loaded.add(property.trim());
    return this;
  }

  /** Excel sets isNullObject on the next sync without a load. */
  get isNullObject(): boolean {
    return !this.exists;
  }
}

/** A collection whose `load("items/name")` office-addin-mock cannot navigate: load `items` instead. */
function collection(names: string[], methods: Record<string, unknown> = {}) {
  return {
    items: names.map((name) => ({ name })),
    load(this: OfficeMockObject, properties: string) {
      if (properties !== "items/name") throw new Error(`unexpected load("${properties}")`);
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
  isSetSupported: ReturnType<typeof vi.fn>;
}

export function createExcelMock(options: ExcelMockOptions): ExcelMock {
  const log: string[] = [];
  const addedSheets: FakeWorksheet[] = [];
  const existingSheets = new Map(options.workbook.sheets.map((name) => [name.toUpperCase(), new FakeWorksheet(name, log, true)]));
  let syncCount = 0;

  const data = {
    context: {
      workbook: {
        worksheets: collection(options.workbook.sheets, {
          add(name: string) {
            log.push(`worksheets.add ${name}`);
            const sheet = new FakeWorksheet(name, log, true);
            addedSheets.push(sheet);
            return sheet;
          },
          getItemOrNullObject(name: string) {
            log.push(`worksheets.getItemOrNullObject ${name}`);
            const key = name.toUpperCase();
            return (
              addedSheets.find((sheet) => sheet.name.toUpperCase() === key && !sheet.deleted) ??
              existingSheets.get(key) ??
              new FakeWorksheet(name, log, false)
            );
          },
        }),
        tables: collection(options.workbook.tables),
        names: collection(options.workbook.names),
        protection: { protected: options.workbook.structureProtected ?? false },
      },
      application: {
        suspendApiCalculationUntilNextSync() {
          log.push("suspendApiCalculationUntilNextSync");
        },
      },
      async sync(this: OfficeMockObject) {
        syncCount += 1;
        log.push("sync");
        await OfficeMockObject.prototype.sync.call(this);
        const failure = options.failingSyncs?.[syncCount];
        if (failure) throw failure;
      },
    },
    async run(this: { context: unknown }, batch: (context: unknown) => Promise<unknown>) {
      return batch(this.context);
    },
  };

  const excel = new OfficeMockObject(data) as ExcelMock["excel"];
  const isSetSupported = vi.fn((name: string, version: string) => name === "ExcelApi" && versionAtMost(version, options.excelApi ?? "1.9"));
  return {
    excel,
    context: excel.context,
    requestContext: excel.context as unknown as Excel.RequestContext,
    log,
    addedSheets,
    isSetSupported,
  };
}

/** Makes the mock the `Excel` and `Office` globals the add-in sees. */
export function installExcelMock(mock: ExcelMock): void {
  vi.stubGlobal("Excel", mock.excel);
  vi.stubGlobal("Office", new OfficeMockObject({ context: { requirements: { isSetSupported: mock.isSetSupported } } }));
}
