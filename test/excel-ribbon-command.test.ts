import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { insertBudgetCommand } from "../src/excel/ribbonCommand";
import { insertBudgetSheet } from "../src/excel/insertBudgetSheet";
import { showMessageDialog } from "../src/excel/messageDialog";
import { displayLang } from "../src/excel/officeEnvironment";
import { renderMessagePage } from "../src/commands/messagePage";
import { messageFromQuery, messagePageUrl } from "../src/workbook/messageUrl";
import type { InsertResult } from "../src/workbook/budgetWorkbook";
import { WorkbookError } from "../src/workbook/workbookError";

vi.mock("../src/excel/insertBudgetSheet", () => ({ insertBudgetSheet: vi.fn() }));
vi.mock("../src/excel/messageDialog", () => ({ showMessageDialog: vi.fn(async () => "closed") }));
vi.mock("../src/excel/officeEnvironment", () => ({ displayLang: vi.fn(() => "en") }));

const INSERTED: InsertResult = { sheetName: "Budget (2)", tableName: "BudgetLines2", total: "1294596" };

/** Runs the ribbon command; the order in which the dialog was shown and the event completed. */
async function runCommand(): Promise<string[]> {
  const order: string[] = [];
  vi.mocked(showMessageDialog).mockImplementation(async () => {
    order.push("dialog closed");
    return "closed";
  });
  await insertBudgetCommand({ completed: () => order.push("completed") } as unknown as Office.AddinCommands.Event);
  return order;
}

beforeEach(() => {
  vi.mocked(insertBudgetSheet).mockReset();
  vi.mocked(showMessageDialog).mockReset();
  vi.mocked(displayLang).mockReturnValue("en");
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("the ribbon's Insert budget", () => {
  it("says which decorations Excel did not take, as the pane does, and completes once the planner closes it", async () => {
    vi.mocked(insertBudgetSheet).mockResolvedValue({
      ...INSERTED,
      missingDecorations: [
        { kind: "chart", sheetName: "Budget (2)", title: "Funnel" },
        { kind: "page-layout", sheetName: "Budget (2)" },
      ],
    });
    expect(await runCommand()).toEqual(["dialog closed", "completed"]);
    expect(vi.mocked(showMessageDialog).mock.calls).toEqual([
      [
        {
          text:
            'Excel did not take the chart "Funnel" on "Budget (2)"; the print layout of "Budget (2)". ' +
            "The figures, formulas and table are complete without them.",
          lang: "en",
          kind: "inserted",
        },
      ],
    ]);
  });

  it("says it in Chinese where Office's display language is Chinese", async () => {
    vi.mocked(displayLang).mockReturnValue("zh");
    vi.mocked(insertBudgetSheet).mockResolvedValue({
      ...INSERTED,
      sheetName: "预算表 (2)",
      missingDecorations: [{ kind: "frozen-rows", sheetName: "预算表 (2)" }],
    });
    await runCommand();
    expect(vi.mocked(showMessageDialog).mock.calls[0][0]).toEqual({
      text: "Excel 未能应用“预算表 (2)”的冻结表头。数据、公式和表格完整，不受影响。",
      lang: "zh",
      kind: "inserted",
    });
  });

  it("shows nothing when every decoration was applied", async () => {
    vi.mocked(insertBudgetSheet).mockResolvedValue(INSERTED);
    expect(await runCommand()).toEqual(["completed"]);
    expect(showMessageDialog).not.toHaveBeenCalled();
  });

  it("says what failed when nothing was inserted", async () => {
    vi.mocked(insertBudgetSheet).mockRejectedValue(
      new WorkbookError("protected", { en: "The workbook is protected.", zh: "工作簿受保护。" }),
    );
    expect(await runCommand()).toEqual(["dialog closed", "completed"]);
    expect(vi.mocked(showMessageDialog).mock.calls[0][0]).toEqual({ text: "The workbook is protected.", lang: "en" });
  });
});

describe("the message page", () => {
  /** A page with the dialog's elements, as commands.html has them. */
  function stubPage() {
    const elements = Object.fromEntries(
      ["message-page", "message-title", "message-text", "message-close"].map((id) => [
        id,
        { textContent: "", hidden: true, addEventListener: vi.fn(), focus: vi.fn() },
      ]),
    );
    vi.stubGlobal("document", {
      documentElement: { lang: "" },
      title: "",
      getElementById: (id: string) => elements[id] ?? null,
    });
    return elements;
  }

  it("carries an insertion's note through its address and titles it as inserted, in either language", () => {
    for (const [lang, title] of [
      ["en", "The budget sheet was inserted"],
      ["zh", "已插入预算表"],
    ] as const) {
      const url = new URL(
        messagePageUrl("https://localhost:3000/commands.html", { text: "note", lang, kind: "inserted" }),
      );
      const message = messageFromQuery(url.search)!;
      expect(message).toEqual({ text: "note", lang, kind: "inserted" });
      const page = stubPage();
      renderMessagePage(message, () => {});
      expect([page["message-title"].textContent, page["message-text"].textContent]).toEqual([title, "note"]);
    }
  });

  it("titles a failure as before", () => {
    const url = new URL(messagePageUrl("https://localhost:3000/commands.html", { text: "failed", lang: "en" }));
    expect(url.searchParams.has("kind")).toBe(false);
    const page = stubPage();
    renderMessagePage(messageFromQuery(url.search)!, () => {});
    expect(page["message-title"].textContent).toBe("The budget sheet was not inserted");
  });
});
