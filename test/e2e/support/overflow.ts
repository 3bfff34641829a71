import type { Page } from "playwright-core";

/** The document's width beyond the window's, and the widest element sticking out past the pane's right edge. */
export const overflow = (page: Page) =>
  page.evaluate(() => {
    const root = document.documentElement;
    const widest = [...document.querySelectorAll("main *")]
      .map((element) => ({ element, right: element.getBoundingClientRect().right }))
      .filter(({ right }) => right > root.clientWidth + 0.5)
      .sort((a, b) => b.right - a.right)[0];
    const culprit = widest ? `${widest.element.tagName}.${String(widest.element.className).slice(0, 60)}` : "";
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, culprit };
  });
