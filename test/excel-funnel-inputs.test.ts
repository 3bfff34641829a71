import { OfficeMockObject } from "office-addin-mock";
import { afterEach, describe, expect, it, vi } from "vitest";
import { writeFunnelInputs } from "../src/excel/writeFunnelInputs";
import { dec } from "../src/model";
import { officeError } from "./helpers/excelMock";
import { WorkbookError } from "../src/workbook/workbookError";

const INPUT_NAMES = ["Budget_TargetDeals", "Budget_AOV", "Budget_Rate1", "Budget_Rate2", "Budget_Rate3"];
const INPUTS = {
  targetDeals: dec(2600),
  averageOrderValue: dec("350.5"),
  rates: [dec("0.85"), dec("0.12"), dec("0.28")],
};

/**
 * A workbook with one sheet, "Budget", whose sheet-scoped names are `names`. What the code does is
 * logged in order: the lookups, every value set, any load, each sync. Excel resolves a name only when
 * the batch runs, so an unknown one fails the sync.
 */
function setUp(names: readonly string[] = INPUT_NAMES) {
  const log: string[] = [];
  const written: Record<string, unknown> = {};
  let failure: Error | undefined;
  const rangeOf = (name: string) => ({
    set values(values: unknown) {
      log.push(`set ${name}`);
      written[name] = values;
    },
    load() {
      log.push(`load ${name}`);
    },
  });
  const sheet = {
    names: {
      getItem(name: string) {
        log.push(`getItem ${name}`);
        if (!names.includes(name)) failure ??= officeError("ItemNotFound", "The requested resource doesn't exist.");
        return { getRange: () => rangeOf(name) };
      },
      load() {
        log.push("load names");
      },
    },
  };
  const data = {
    context: {
      workbook: {
        worksheets: {
          getItem(key: string) {
            log.push(`worksheets.getItem ${key}`);
            if (key !== "Budget" && key !== "{sheet-1}") failure ??= officeError("ItemNotFound", "No such sheet.");
            return sheet;
          },
        },
      },
      async sync(this: OfficeMockObject) {
        log.push("sync");
        await OfficeMockObject.prototype.sync.call(this);
        if (failure) throw failure;
      },
    },
    async run(this: { context: unknown }, batch: (context: unknown) => Promise<unknown>) {
      return batch(this.context);
    },
  };
  const excel = new OfficeMockObject(data) as OfficeMockObject & { context: OfficeMockObject };
  vi.stubGlobal("Excel", excel);
  const isSetSupported = (name: string, version: string) => name === "ExcelApi" && Number(version.split(".")[1]) <= 9;
  vi.stubGlobal("Office", new OfficeMockObject({ context: { requirements: { isSetSupported } } }));
  return { log, written, sync: vi.spyOn(excel.context, "sync") };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe("writeFunnelInputs", () => {
  it("writes target, order value and each rate through their names in exactly one sync, reading nothing", async () => {
    const { log, written, sync } = setUp();
    await writeFunnelInputs("{sheet-1}", INPUTS);
    expect(sync).toHaveBeenCalledTimes(1);
    expect(written).toEqual({
      Budget_TargetDeals: [[2600]],
      Budget_AOV: [[350.5]],
      Budget_Rate1: [[0.85]],
      Budget_Rate2: [[0.12]],
      Budget_Rate3: [[0.28]],
    });
    expect(log.filter((entry) => entry.startsWith("load"))).toEqual([]);
    // Everything is queued before the one sync, which comes last.
    expect(log.indexOf("sync")).toBe(log.length - 1);
    expect(log[0]).toBe("worksheets.getItem {sheet-1}");
  });

  it("turns a name Excel cannot find into words for the planner, naming the inputs", async () => {
    setUp(INPUT_NAMES.filter((name) => name !== "Budget_Rate2"));
    const error = await writeFunnelInputs("Budget", INPUTS).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkbookError);
    expect(error).toMatchObject({ kind: "missing-sheet" });
    expect((error as WorkbookError).text.en).toContain("Budget_Rate2");
    expect((error as WorkbookError).text.zh).toContain("请重新读取工作表");
  });

  it("says so when the sheet is gone", async () => {
    setUp();
    const error = await writeFunnelInputs("Deleted", INPUTS).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: "missing-sheet" });
  });

  it("needs Excel: outside it, says so and writes nothing", async () => {
    const error = await writeFunnelInputs("Budget", INPUTS).catch((e: unknown) => e);
    expect(error).toMatchObject({ kind: "not-supported" });
  });
});
