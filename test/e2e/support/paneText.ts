import type { Page } from "playwright-core";

/**
 * The pane's visible text and accessible labels in the page's language: text inside an element marked
 * with another language (the language switch names each language in itself) is left out.
 */
export async function paneTextInPageLanguage(page: Page): Promise<string> {
  return page.locator("main").evaluate((main) => {
    const pageLang = document.documentElement.lang;
    const inOtherLanguage = (element: Element | null) => {
      const marked = element?.closest("[lang]");
      return marked !== null && marked !== undefined && marked.getAttribute("lang") !== pageLang;
    };
    const parts: string[] = [];
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!inOtherLanguage(node.parentElement)) parts.push(node.textContent ?? "");
    }
    for (const element of main.querySelectorAll("[aria-label], [title]")) {
      if (inOtherLanguage(element)) continue;
      parts.push(element.getAttribute("aria-label") ?? "", element.getAttribute("title") ?? "");
    }
    return parts.join(" ");
  });
}

/**
 * Latin words a Chinese pane shows on purpose: names of products, functions and tables, and the names
 * Chinese Excel itself gives new sheets (Sheet1, Sheet2…).
 */
const LATIN_IN_CHINESE = new Set(["Excel", "ROI", "BUDGET", "FUNNEL", "BudgetLines", "Sheet"]);

/** What reads as the other language: Latin words in a Chinese pane, Chinese characters in an English one. */
export function wordsOfTheOtherLanguage(text: string, lang: "zh" | "en"): string[] {
  const found =
    lang === "zh"
      ? (text.match(/[A-Za-z]{3,}/g) ?? []).filter((word) => !LATIN_IN_CHINESE.has(word))
      : (text.match(/[\u3400-\u9fff]+/g) ?? []);
  return [...new Set(found)];
}
