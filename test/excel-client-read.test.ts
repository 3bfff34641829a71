import { afterEach, describe, expect, it, vi } from "vitest";
import { listBudgetSheets } from "../src/excel/budgetSheetList";
import { excelPlans } from "../src/excel/planSnapshots";
import { readBudgetWorkbook } from "../src/excel/readBudgetWorkbook";
import { REQUIRED_READING_API, WATCHING_API_SET } from "../src/excel/readRequirements";
import { REQUIRED_EXCEL_API } from "../src/excel/requirements";
import { selectCell } from "../src/excel/selectCell";
import { watchWorkbook } from "../src/excel/watchBudgetSheet";
import { writeFunnelInputs } from "../src/excel/writeFunnelInputs";
import { dec, presetBudget, presetPlans, type BudgetPlan } from "../src/model";
import { buildSheetPlan } from "../src/sheet/buildSheetPlan";
import { readableBudgetSheet, type ReadableSheet } from "./helpers/excelMock";
import { createExcelStandIn, WEB_PAYLOAD_LIMIT } from "./helpers/excelStandIn";
import { planStoreLabels, type Lang } from "../src/i18n";
import { planStoreRows } from "../src/workbook/planStore";
import { PLAN_STORE_COLUMNS } from "../src/workbook/planStoreColumns";

afterEach(() => {
  vi.unstubAllGlobals();
});

const SHEET: Record<Lang, string> = { zh: "预算表", en: "Budget" };
const PLANS: Record<Lang, string> = { zh: "方案对比", en: "Plans" };

function budgetSheet(lang: Lang): ReadableSheet {
  return readableBudgetSheet(buildSheetPlan(presetBudget("campaign-funnel", lang), { lang, sheetName: SHEET[lang] }));
}

function plansSheet(lang: Lang, plans: readonly BudgetPlan[]): ReadableSheet {
  const rows = planStoreRows("BudgetLines", plans, lang).map((row) =>
    row.map((cell) => (cell === null ? "" : typeof cell === "string" ? cell : cell.toNumber())),
  );
  const labels = planStoreLabels(lang);
  return {
    name: PLANS[lang],
    tables: [{ name: "BudgetPlans", headers: PLAN_STORE_COLUMNS.map((column) => labels.headers[column]), rows }],
    names: [],
    usedRange: null,
  };
}

/** A sheet of the planner's own: a table of `rows` rows of contacts. */
function contactsSheet(rows: number): ReadableSheet {
  return {
    name: "Contacts",
    tables: [
      {
        name: "Contacts",
        headers: ["Name", "Email", "Note"],
        rows: Array.from({ length: rows }, (_, i) => [`Person ${i}`, `person${i}@example.com`, "x".repeat(40)]),
      },
    ],
    names: [],
    usedRange: null,
  };
}

/** A workbook holding the funnel budget (and its plans), on an Excel with exactly `excelApi`. */
function standIn(lang: Lang, excelApi: string, plans: readonly BudgetPlan[] = [], others: ReadableSheet[] = []) {
  const readable = [budgetSheet(lang), ...(plans.length > 0 ? [plansSheet(lang, plans)] : []), ...others];
  const excel = createExcelStandIn({
    workbook: {
      sheets: ["Sheet1", ...readable.map((sheet) => sheet.name)],
      tables: [],
      names: [],
      readable,
      activeSheet: SHEET[lang],
    },
    excelApi,
  });
  excel.install();
  return excel;
}

/** Each sync reached Excel without an error and stayed within Excel on the web's limits. */
function expectCleanSyncs(excel: ReturnType<typeof standIn>, count: number) {
  expect(excel.library.deniedSets).toEqual([]);
  expect(excel.syncs.map((sync) => sync.error)).toEqual(Array(count).fill(undefined));
  for (const sync of excel.syncs) {
    expect(sync.requestBytes).toBeLessThan(WEB_PAYLOAD_LIMIT);
    expect(sync.responseBytes).toBeLessThan(WEB_PAYLOAD_LIMIT);
  }
}

for (const lang of ["zh", "en"] as const) {
  describe(`reading a budget sheet (${lang}) through Excel's client library at ExcelApi ${REQUIRED_READING_API}`, () => {
    it("reads the list and the sheet in one sync, with the model's total", async () => {
      const excel = standIn(lang, REQUIRED_READING_API);
      const read = await readBudgetWorkbook();
      expectCleanSyncs(excel, 1);
      expect(read.sheets.map((sheet) => sheet.name)).toEqual([SHEET[lang]]);
      expect(read.sheet.kind).toBe("budget");
      if (read.sheet.kind !== "budget") return;
      expect(read.sheet.snapshot.table.rows).toHaveLength(presetBudget("campaign-funnel", lang).lines.length);
      expect(read.sheet.snapshot.names.Budget_TargetDeals.value).toBe(2000);
    });

    it("counts the budget table's rows with rows/count, one proxy per table rather than per row", async () => {
      const excel = standIn(lang, REQUIRED_READING_API, [], [contactsSheet(60_000)]);
      const read = await readBudgetWorkbook();
      expectCleanSyncs(excel, 1);
      expect(read.sheet.kind === "budget" && read.sheet.snapshot.table.rows.length).toBe(
        presetBudget("campaign-funnel", lang).lines.length,
      );
      const selected = excel.syncs.flatMap((sync) => sync.actions.flatMap((a) => a.QueryInfo?.Select ?? []));
      expect(selected).toContain("rows/count");
      expect(selected.filter((path) => path.startsWith("rows/") && path !== "rows/count")).toEqual([]);
      expect(excel.syncs[0].responseBytes).toBeLessThan(100_000);
    });

    it("lists the budget sheets in one sync", async () => {
      const excel = standIn(lang, REQUIRED_READING_API);
      expect((await listBudgetSheets()).active).toBe(SHEET[lang]);
      expectCleanSyncs(excel, 1);
    });

    it("selects a finding's cell in one sync", async () => {
      const excel = standIn(lang, REQUIRED_READING_API);
      await selectCell(SHEET[lang], "O20");
      expectCleanSyncs(excel, 1);
    });

    it("writes the funnel inputs through their names in one sync", async () => {
      const excel = standIn(lang, REQUIRED_READING_API);
      await writeFunnelInputs(SHEET[lang], {
        targetDeals: dec(2600),
        averageOrderValue: dec("350.5"),
        rates: [dec("0.85"), dec("0.12"), dec("0.28"), dec("0.65"), dec("0.9")],
      });
      expectCleanSyncs(excel, 1);
      const written = excel.writes(SHEET[lang]).filter((write) => write.property === "Values");
      expect(written[0].value).toEqual([[2600]]);
      expect(written).toHaveLength(7);
    });
  });

  describe(`watching the workbook (${lang}) at ExcelApi ${WATCHING_API_SET}`, () => {
    it("registers its four handlers with Excel in one sync and removes them in one", async () => {
      const excel = standIn(lang, WATCHING_API_SET);
      const stop = await watchWorkbook(() => {});
      await stop();
      expectCleanSyncs(excel, 2);
      const calls = excel.syncs.map((sync) =>
        sync.actions
          .filter((a) => a.ActionType === 3)
          .map((a) => a.Name)
          .sort(),
      );
      expect(calls[0]).toEqual([
        "_RegisterActivatedEvent",
        "_RegisterAddedEvent",
        "_RegisterDataChangedEvent",
        "_RegisterDeletedEvent",
      ]);
    });
  });

  describe(`changing plans (${lang}) at ExcelApi ${REQUIRED_EXCEL_API}`, () => {
    const kept = presetPlans("campaign-funnel", lang).slice(0, 2);

    it("reads the kept plans: the names, then the plans' table by its name", async () => {
      const excel = standIn(lang, REQUIRED_EXCEL_API, kept);
      const read = await excelPlans.read(SHEET[lang]);
      expect(read.plans.map((plan) => plan.name)).toEqual(kept.map((plan) => plan.name));
      expectCleanSyncs(excel, 2);
    });

    it("never reads the rows of the planner's own large table", async () => {
      const excel = standIn(lang, REQUIRED_EXCEL_API, kept, [contactsSheet(60_000)]);
      const read = await excelPlans.read(SHEET[lang]);
      expect(read.plans).toHaveLength(2);
      expectCleanSyncs(excel, 2);
      // 60,000 rows of contacts are some 6 MB: not one of them travels.
      expect(Math.max(...excel.syncs.map((sync) => sync.responseBytes))).toBeLessThan(100_000);
    });

    it("takes a plan: one read, one write that builds the plans sheet", async () => {
      const excel = standIn(lang, REQUIRED_EXCEL_API);
      const result = await excelPlans.take(SHEET[lang]);
      expect(result.sheetName).toBe(PLANS[lang]);
      expect(excel.sheetNames()).toContain(PLANS[lang]);
      expectCleanSyncs(excel, 2);
    });

    it("takes one more plan and rebuilds the plans sheet in its place", async () => {
      const excel = standIn(lang, REQUIRED_EXCEL_API, kept);
      const result = await excelPlans.take(SHEET[lang], "X");
      expect(result.plans.map((plan) => plan.name)).toEqual([...kept.map((plan) => plan.name), "X"]);
      expect(excel.sheetNames()).toEqual(["Sheet1", SHEET[lang], PLANS[lang]]);
      expectCleanSyncs(excel, excel.syncs.length);
    });

    it("renames a plan", async () => {
      const excel = standIn(lang, REQUIRED_EXCEL_API, kept);
      const result = await excelPlans.rename(SHEET[lang], kept[0].name, "Y");
      expect(result.plans[0].name).toBe("Y");
      expectCleanSyncs(excel, excel.syncs.length);
    });

    it("deletes the last plans and the sheet with them", async () => {
      const excel = standIn(lang, REQUIRED_EXCEL_API, kept.slice(0, 1));
      const result = await excelPlans.delete(SHEET[lang], kept[0].name);
      expect(result).toEqual({ sheetName: null, plans: [] });
      expect(excel.sheetNames()).toEqual(["Sheet1", SHEET[lang]]);
      expectCleanSyncs(excel, excel.syncs.length);
    });
  });
}
