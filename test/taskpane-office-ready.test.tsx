import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { afterReady, OfficeReadyContext } from "../src/taskpane/officeReady";
import { PresetCard } from "../src/taskpane/views/PresetCard";
import { paneStrings } from "../src/i18n";

/** The Insert button of a preset card, as rendered while Office is (not yet) ready. */
function insertButton(officeReady: boolean | undefined): string {
  const card = (
    <PresetCard
      preset="community"
      lang="en"
      strings={paneStrings("en")}
      busy={false}
      state={undefined}
      onInsert={() => {}}
    />
  );
  const html = renderToStaticMarkup(
    officeReady === undefined ? (
      card
    ) : (
      <OfficeReadyContext.Provider value={officeReady}>{card}</OfficeReadyContext.Provider>
    ),
  );
  const button = html.match(/<button[^>]*>Insert as a new sheet<\/button>/);
  if (!button) throw new Error(`no Insert button in ${html}`);
  return button[0];
}

describe("the pane before Office is ready", () => {
  it("shows the Insert buttons disabled until Office.onReady, enabled after", () => {
    expect(insertButton(false)).toContain('aria-disabled="true"');
    expect(insertButton(true)).not.toContain("aria-disabled");
  });

  it("is ready where there is no Office to wait for (the preview)", () => {
    expect(insertButton(undefined)).not.toContain("aria-disabled");
  });

  it("calls into Office only once Office is ready", async () => {
    let resolveReady: (info: unknown) => void = () => {};
    const ready = new Promise((resolve) => (resolveReady = resolve));
    const load = vi.fn(async () => "the Excel layer");
    const call = afterReady(ready, load);
    const result = call();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(load).not.toHaveBeenCalled();
    resolveReady({ host: "Excel", platform: "PC" });
    await expect(result).resolves.toBe("the Excel layer");
    expect(load).toHaveBeenCalledTimes(1);
  });
});
