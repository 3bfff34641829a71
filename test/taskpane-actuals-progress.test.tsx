import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ImportProgress } from "../src/taskpane/views/ActualsView";

describe("the Actuals view's reading progress", () => {
  it("shows the rows done of the rows read, as a bar and in words", () => {
    const html = renderToStaticMarkup(<ImportProgress lang="en" done={6_000} total={50_000} />);
    expect(html).toContain("Reading rows: 6,000 of 50,000");
    expect(html).toMatch(/role="progressbar"[^>]*aria-valuenow="0.12"|aria-valuenow="0.12"[^>]*role="progressbar"/);
    const zh = renderToStaticMarkup(<ImportProgress lang="zh" done={50_000} total={50_000} />);
    expect(zh).toContain("正在读取：已处理 50000 行，共 50000 行");
    expect(zh).toContain('aria-valuenow="1"');
  });
});
