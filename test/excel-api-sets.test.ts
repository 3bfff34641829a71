import { describe, expect, it } from "vitest";
import { REQUIRED_READING_API, WATCHING_API_SET } from "../src/excel/readRequirements";
import { REQUIRED_EXCEL_API } from "../src/excel/requirements";
import { aboveSet, auditProgram, compareSets, manifestExcelApi, membersReached, reached } from "./helpers/apiSetAudit";

/** Each entry point of the Excel layer, its exported functions and the ExcelApi set it checks (and its name). */
const ENTRY_POINTS = [
  {
    name: "insert",
    checks: REQUIRED_EXCEL_API,
    checkedBy: "REQUIRED_EXCEL_API",
    functions: [["src/excel/insertBudgetSheet.ts", "insertBudgetSheet"]],
  },
  {
    name: "read",
    checks: REQUIRED_READING_API,
    checkedBy: "REQUIRED_READING_API",
    functions: [
      ["src/excel/readBudgetWorkbook.ts", "readBudgetWorkbook"],
      ["src/excel/readBudgetSheet.ts", "readBudgetSheet"],
      ["src/excel/budgetSheetList.ts", "listBudgetSheets"],
      ["src/excel/selectCell.ts", "selectCell"],
      ["src/excel/writeFunnelInputs.ts", "writeFunnelInputs"],
    ],
  },
  {
    name: "plans",
    checks: REQUIRED_EXCEL_API,
    checkedBy: "REQUIRED_EXCEL_API",
    functions: [["src/excel/planSnapshots.ts", "runExcelPlans"]],
  },
  {
    name: "actuals",
    checks: REQUIRED_EXCEL_API,
    checkedBy: "REQUIRED_EXCEL_API",
    functions: [["src/excel/actuals.ts", "runExcelActuals"]],
  },
  {
    name: "watch",
    checks: WATCHING_API_SET,
    checkedBy: "WATCHING_API_SET",
    functions: [["src/excel/watchBudgetSheet.ts", "watchWorkbook"]],
  },
] as const;

const program = auditProgram(ENTRY_POINTS.flatMap((entry) => entry.functions.map(([file]) => file)));

describe("every Office.js member an entry point reaches is within the set it checks", () => {
  for (const entry of ENTRY_POINTS) {
    for (const [file, name] of entry.functions) {
      it(`${entry.name}: ${name} checks ExcelApi ${entry.checks} and uses nothing above it`, () => {
        const { uses, checks } = reached(program, file, name);
        expect(checks).toContain(entry.checkedBy);
        expect(uses.length).toBeGreaterThan(0);
        expect(aboveSet(uses, entry.checks)).toEqual([]);
      });
    }
  }

  it("finds what the read reaches through its load strings and destructuring", () => {
    const members = membersReached(program, "src/excel/readBudgetWorkbook.ts", "readBudgetWorkbook").map(
      (u) => u.member,
    );
    expect(members).toContain("NamedItem.formula");
    expect(members).toContain("Worksheet.getUsedRangeOrNullObject");
    expect(members).toContain("TableColumn.name");
  });

  it("the manifest asks for what the add-in's main action (inserting a budget) checks, and no entry point checks more", () => {
    const minimum = manifestExcelApi();
    expect(minimum).toBe(REQUIRED_EXCEL_API);
    for (const entry of ENTRY_POINTS) expect(compareSets(entry.checks, minimum!)).toBeLessThanOrEqual(0);
  });
});

describe("the audit catches (planted violations)", () => {
  const planted = {
    "src/excel/plantedRead.ts": `
      import { assertExcelSupportsReading } from "./readRequirements";
      export async function plantedRead(): Promise<void> {
        assertExcelSupportsReading();
        await Excel.run(async (context) => {
          const sheet = context.workbook.worksheets.getActiveWorksheet();
          layout(sheet);
          sheet.tables.load("items/name,items/legacyId");
          await context.sync();
        });
      }
      function layout(sheet: Excel.Worksheet): void {
        sheet.pageLayout.orientation = "Landscape";
      }
    `,
  };
  const withPlanted = auditProgram(["src/excel/plantedRead.ts"], planted);

  it("a member above the read's set, reached through a helper and a load string", () => {
    const above = aboveSet(
      membersReached(withPlanted, "src/excel/plantedRead.ts", "plantedRead"),
      REQUIRED_READING_API,
    );
    expect(above.map((use) => `${use.member} ${use.set}`).sort()).toEqual([
      "PageLayout.orientation 1.9",
      "Table.legacyId 1.8",
      "Worksheet.pageLayout 1.9",
    ]);
  });

  it("a manifest minimum above what an entry point checks", () => {
    const manifest = `<OfficeApp><Requirements><Sets><Set Name="ExcelApi" MinVersion="1.9"/></Sets></Requirements></OfficeApp>`;
    const minimum = manifestExcelApi(manifest)!;
    const inconsistent = ENTRY_POINTS.filter((entry) => compareSets(entry.checks, minimum) < 0).map((e) => e.name);
    expect(inconsistent).toEqual(["read"]);
  });
});
