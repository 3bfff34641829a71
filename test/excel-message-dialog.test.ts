import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { MessageOutcome } from "../src/excel/messageDialog";

const TEXT = "工作簿受保护，无法插入工作表。";
const MESSAGE = { text: TEXT, lang: "zh" as const };

class FakeDialog {
  readonly handlers = new Map<string, () => void>();
  readonly close = vi.fn();
  addEventHandler(type: string, handler: () => void): void {
    this.handlers.set(type, handler);
  }
  /** The page's Close button: the page messages its parent. */
  pressClose(): void {
    this.handlers.get("dialogMessageReceived")?.();
  }
}

/** What one displayDialogAsync call does: open a dialog, fail with Office's code, or throw. */
type Attempt = "open" | { code: number } | "throw";

/** An Office whose displayDialogAsync does each attempt in turn, calling back asynchronously as Office does. */
function stubOffice(attempts: Attempt[]) {
  const dialogs: FakeDialog[] = [];
  const displayDialogAsync = vi.fn(
    (_url: string, _options: { displayInIframe?: boolean }, callback: (result: unknown) => void) => {
      const attempt = attempts.shift();
      if (attempt === undefined) throw new Error("no more attempts planned");
      if (attempt === "throw") throw new TypeError("Office.context.ui.displayDialogAsync is not a function");
      setTimeout(() => {
        if (attempt === "open") {
          const dialog = new FakeDialog();
          dialogs.push(dialog);
          callback({ status: "succeeded", value: dialog });
        } else {
          callback({ status: "failed", error: { code: attempt.code, message: `error ${attempt.code}` } });
        }
      });
    },
  );
  vi.stubGlobal("Office", {
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    EventType: { DialogMessageReceived: "dialogMessageReceived", DialogEventReceived: "dialogEventReceived" },
    context: { ui: { displayDialogAsync } },
  });
  return {
    dialogs,
    displayDialogAsync,
    iframe: () => displayDialogAsync.mock.calls.map((call) => call[1].displayInIframe),
  };
}

async function loadDialog() {
  vi.resetModules();
  return (await import("../src/excel/messageDialog")).showMessageDialog;
}

/** The outcome once the promise settles, or "pending" while it has not. */
async function settled(promise: Promise<MessageOutcome>): Promise<MessageOutcome | "pending"> {
  await new Promise((resolve) => setTimeout(resolve, 10));
  return Promise.race([promise, Promise.resolve("pending" as const)]);
}

let consoleError: ReturnType<typeof vi.spyOn>;

beforeEach(() => {
  vi.stubGlobal("window", { location: { href: "https://localhost:3000/commands.html" } });
  consoleError = vi.spyOn(console, "error").mockImplementation(() => {});
});

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe("the ribbon's message dialog", () => {
  it("opens the message page with the text and waits for the planner to close it", async () => {
    const office = stubOffice(["open"]);
    const shown = (await loadDialog())(MESSAGE);
    // The dialog opens after Office's asynchronous answer(s): wait for it, not for a fixed time.
    await vi.waitFor(() => expect(office.dialogs).toHaveLength(1));
    expect(await settled(shown)).toBe("pending");
    const url = new URL(office.displayDialogAsync.mock.calls[0][0]);
    expect([url.pathname, url.searchParams.get("message"), url.searchParams.get("lang")]).toEqual([
      "/commands.html",
      TEXT,
      "zh",
    ]);
    office.dialogs[0].pressClose();
    expect(await shown).toBe("closed");
    expect(office.dialogs[0].close).toHaveBeenCalledOnce();
    expect(consoleError).not.toHaveBeenCalled();
  });

  it("opens in a window of its own where it cannot open inside the page", async () => {
    const office = stubOffice([{ code: 12011 }, "open"]);
    const shown = (await loadDialog())(MESSAGE);
    // The dialog opens after Office's asynchronous answer(s): wait for it, not for a fixed time.
    await vi.waitFor(() => expect(office.dialogs).toHaveLength(1));
    expect(await settled(shown)).toBe("pending");
    expect(office.iframe()).toEqual([true, false]);
    office.dialogs[0].handlers.get("dialogEventReceived")?.();
    expect(await shown).toBe("closed");
    expect(consoleError).not.toHaveBeenCalled();
  });

  it("puts the message in the console with Office's reason when no dialog can open, and completes", async () => {
    const office = stubOffice([{ code: 12011 }, { code: 12009 }]);
    expect(await (await loadDialog())(MESSAGE)).toBe("not-shown");
    expect(office.iframe()).toEqual([true, false]);
    expect(consoleError).toHaveBeenCalledOnce();
    expect(consoleError.mock.calls[0][0]).toBe(`${TEXT}\n[The message dialog could not open (12009): error 12009]`);
  });

  it("puts the message in the console where the host has no dialog API", async () => {
    stubOffice(["throw", "throw"]);
    expect(await (await loadDialog())(MESSAGE)).toBe("not-shown");
    expect(consoleError.mock.calls[0][0]).toBe(
      `${TEXT}\n[The message dialog could not open: Office.context.ui.displayDialogAsync is not a function]`,
    );
  });

  it("replaces a message of its own still open with the newer one, completing the earlier command", async () => {
    const office = stubOffice(["open", { code: 12007 }, "open"]);
    const show = await loadDialog();
    const first = show({ text: "first", lang: "en" });
    expect(await settled(first)).toBe("pending");
    const second = show(MESSAGE);
    expect(await settled(first)).toBe("closed");
    expect(office.dialogs[0].close).toHaveBeenCalledOnce();
    expect(await settled(second)).toBe("pending");
    expect(new URL(office.displayDialogAsync.mock.calls[2][0]).searchParams.get("message")).toBe(TEXT);
    office.dialogs[1].pressClose();
    expect(await second).toBe("closed");
    expect(consoleError).not.toHaveBeenCalled();
  });

  it("gives up at once when the open dialog is not one of its own, saying so in the console", async () => {
    const office = stubOffice([{ code: 12007 }]);
    expect(await (await loadDialog())(MESSAGE)).toBe("not-shown");
    expect(office.displayDialogAsync).toHaveBeenCalledOnce();
    expect(consoleError.mock.calls[0][0]).toBe(`${TEXT}\n[The message dialog could not open (12007): error 12007]`);
  });
});
