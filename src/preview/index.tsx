import { createRoot } from "react-dom/client";
import { langFromLocale } from "../i18n";
import { MemoryWorkbook } from "./memoryWorkbook";
import { PreviewApp } from "./PreviewApp";
import { readPreviewQuery } from "./previewQuery";

const query = readPreviewQuery(window.location.search);
// Outside Office, the browser stands for Office: its language and its light or dark preference.
const lang = query.lang ?? langFromLocale(navigator.language);
const workbook = new MemoryWorkbook({ messageLanguage: lang });
const container = document.getElementById("container");
if (container) {
  createRoot(container).render(
    <PreviewApp
      workbook={workbook}
      initialLang={lang}
      initialDark={query.dark ?? window.matchMedia("(prefers-color-scheme: dark)").matches}
      layout={query.layout}
    />,
  );
}
