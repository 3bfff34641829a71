import { describe, expect, it } from "vitest";
import { Decimal } from "../src/model/decimal";
import { readXlsxRows } from "../src/model/actuals/xlsxSheet";
import { MemoryWorkbook } from "../src/preview/memoryWorkbook";
import { ACTUALS_NAMES } from "../src/sheet/buildActualsPlan";
import { previewImport, previewImportInChunks } from "../src/workbook/actuals";
import { xlsxBytes, type XlsxCell } from "./helpers/actualsXlsx";

const serial = (value: string): XlsxCell => ({ number: value, date: "builtIn" });
const amount = (value: string): XlsxCell => ({ number: value });

describe("an .xlsx export imported into the in-memory workbook", () => {
  it("previews in chunks as in one go, writes to the fen, and a second import writes nothing", async () => {
    const workbook = new MemoryWorkbook();
    await workbook.insert({ preset: "campaign", lang: "zh" });
    const budgetSheet = workbook.spreadsheet.activeSheetTab.name;
    const actuals = workbook.actuals!;
    const context = await actuals.read(budgetSheet);
    const item = (i: number) => context.lines[i].item;
    const rows = await readXlsxRows(
      await xlsxBytes([
        {
          name: "导出",
          rows: [
            ["日期", "金额", "明细项", "单号", "状态"],
            [serial("46145"), amount("12345.67"), item(1), "BX-1", "已支付"],
            ["2026-05-04", "(1,000.01)", item(1), "BX-2", ""],
            [serial("46147"), amount("80000"), item(3), "PO-7", "已下单"],
            [serial("46148"), amount("3.3300000000000001"), "咖啡", "BX-4", "已支付"],
          ],
        },
      ]),
    );
    const request = { fileName: "导出.xlsx", bytes: rows };
    const progress: number[] = [];
    const chunked = await previewImportInChunks(context, request, (done) => progress.push(done));
    expect(chunked).toEqual(previewImport(context, request));
    expect(progress).toEqual([0, 4]);
    expect(chunked.result.amount.toFixed(2)).toBe("91345.66");
    expect(chunked.result.unmatched.map((row) => [row.sourceLine, row.amountText])).toEqual([[5, "3.33"]]);

    const written = await actuals.write(budgetSheet, request);
    expect(written).toMatchObject({ read: 4, matched: 3, unmatched: 1, duplicates: 0, written: 4, amount: "91345.66" });
    const spreadsheet = workbook.spreadsheet;
    const sheet = spreadsheet.sheetByKey(written.sheetName)!;
    const cell = spreadsheet.namedCell(sheet, ACTUALS_NAMES.committed)!;
    expect(new Decimal(spreadsheet.cellAt(sheet, cell.row, cell.col).value as number).toFixed(2)).toBe("80000.00");

    const again = await actuals.write(budgetSheet, request);
    expect(again).toMatchObject({ read: 4, matched: 0, unmatched: 0, duplicates: 4, written: 0 });
  });
});
