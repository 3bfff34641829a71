import { REQUIRED_EXCEL_API } from "../../src/excel/requirements";
import { phasingByCategory, type CategoryPhasing } from "../../src/model/categoryPhasing";
import type { Budget } from "../../src/model/budget";
import { buildCompanionPlans } from "../../src/sheet/buildCompanionPlans";
import { buildSheetPlan } from "../../src/sheet/buildSheetPlan";
import type { PlannedCell } from "../../src/sheet/plan";
import { readableBudgetSheet, readablePlainSheet, type ReadableSheet } from "./excelMock";
import { createExcelStandIn } from "./excelStandIn";

/**
 * The stand-in installed with a zh budget sheet 预算表, its phasing sheet (with the cells typed on it)
 * and its execution report, then the other sheets given.
 */
export function phasedStandIn(
  budget: Budget,
  choice: CategoryPhasing,
  options: { typed?: readonly PlannedCell[]; others?: readonly ReadableSheet[] } = {},
) {
  const budgetPlan = buildSheetPlan(budget, { lang: "zh", sheetName: "预算表" });
  const [phasing, report] = buildCompanionPlans(budget, budgetPlan, [], {
    lang: "zh",
    phasing: phasingByCategory(budget, choice),
  });
  phasing.cells.push(...(options.typed ?? []));
  const sheets = [
    readableBudgetSheet(budgetPlan),
    readablePlainSheet(phasing),
    readablePlainSheet(report),
    ...(options.others ?? []),
  ];
  const excel = createExcelStandIn({
    workbook: {
      sheets: sheets.map((sheet) => sheet.name),
      tables: [],
      names: [],
      readable: sheets,
      activeSheet: "预算表",
    },
    excelApi: REQUIRED_EXCEL_API,
  });
  excel.install();
  return excel;
}
