import { afterEach, describe, expect, it, vi } from "vitest";
import { excelActuals } from "../src/excel/actuals";
import { actualsFindings } from "../src/model/actualsHealth";
import { evenProfiles, phasingByCategory, type CategoryPhasing } from "../src/model/categoryPhasing";
import { phaseBudget } from "../src/model/phasing";
import { presetBudget } from "../src/model/presets";
import { actualsStrings } from "../src/i18n";
import { isoDayToSerial } from "../src/model/actuals/date";
import { categoryByKey } from "../src/model/categories";
import { Decimal } from "../src/model/decimal";
import { budgetTotals, lineAmount } from "../src/model/totals";
import { ACTUALS_COLUMNS, buildActualsPlan, type ActualsTableRow } from "../src/sheet/buildActualsPlan";
import { number, text } from "../src/sheet/cellContent";
import { readablePlainSheet } from "./helpers/excelMock";
import { WEB_PAYLOAD_LIMIT } from "./helpers/excelStandIn";
import { phasedStandIn } from "./helpers/phasedStandIn";

afterEach(() => {
  vi.unstubAllGlobals();
});

const choice: CategoryPhasing = { periods: { unit: "month", first: "2026-05", count: 3 }, profiles: evenProfiles() };
const budget = presetBudget("campaign", "zh");
const phased = phaseBudget(budget, phasingByCategory(budget, choice));

const first = budget.lines[0];
/** The Actuals table's one row: the first line's 10.00 paid on 2026-05-03. */
const row = [
  isoDayToSerial("2026-05-03"),
  "2026-05",
  first.item,
  10,
  actualsStrings("zh").statuses.paid,
  "导出.csv",
  "BX-1",
  "",
  "",
];

/** The budget sheet with its phasing sheet (May elapsed), its report and an Actuals sheet of one row. */
function standIn() {
  const cells = (values: (string | number)[]) =>
    Object.fromEntries(
      ACTUALS_COLUMNS.map((key, i) => [
        key,
        typeof values[i] === "number" ? number(new Decimal(values[i])) : text(String(values[i])),
      ]),
    ) as ActualsTableRow;
  const totals = budgetTotals(budget);
  const actuals = buildActualsPlan({
    lang: "zh",
    sheetName: "实际支出",
    budgetSheetName: "预算表",
    lines: [
      ...budget.lines.map((line) => ({ category: line.category, item: line.item, plan: lineAmount(line) })),
      { category: "contingency" as const, item: categoryByKey("contingency").name.zh, plan: totals.contingency },
    ],
    total: totals.total,
    cap: budget.goals.cap,
    rows: [cells(row)],
  });
  const actualsSheet = {
    ...readablePlainSheet(actuals),
    tables: [{ name: actuals.table.name, headers: [...actuals.table.columns], rows: [row] }],
  };
  return phasedStandIn(budget, choice, { others: [actualsSheet] });
}

describe("the actuals health check in Excel (the client library against the stand-in)", () => {
  it("reads the phasing sheet and the Actuals sheet's lines within the syncs of the Actuals read: two", async () => {
    const excel = standIn();
    const health = await excelActuals.health("预算表", { today: "2026-05-20" });
    const syncs = excel.syncs;
    expect(excel.library.deniedSets).toEqual([]);
    // One for the sheets, tables and names, one for the Actuals rows with the phasing sheet and the lines.
    expect(syncs.map((sync) => sync.error)).toEqual([undefined, undefined]);
    for (const sync of syncs) expect(sync.responseBytes).toBeLessThan(WEB_PAYLOAD_LIMIT);

    // The forecast follows the phasing sheet: three months, May elapsed; the first line's 10.00 paid in
    // May and its plan of June and July still to come.
    const forecast = health!.input.forecast;
    expect(forecast.currentPeriod).toBe(1);
    expect(forecast.rows[0].periods.map((p) => p.plan.toFixed(2))).toEqual(
      phased.rows[0].periods.map((p) => p.toFixed(2)),
    );
    expect(forecast.rows[0].forecast.toFixed(2)).toBe(
      phased.rows[0].periods[1].plus(phased.rows[0].periods[2]).plus("10.00").toFixed(2),
    );
    // The Actuals sheet lists the budget's lines in place: a line's finding points at its cell there.
    expect(health!.input.rowCells?.every((cell) => cell?.startsWith(`'实际支出'!`))).toBe(true);
    expect(actualsFindings(health!.input).map((f) => f.rule)).not.toContain("forecast-over-baseline");
  });
});
