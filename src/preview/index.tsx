import { createRoot } from "react-dom/client";
import { displayLang, prefersDarkTheme } from "../taskpane/officeEnvironment";
import { MemoryWorkbook } from "./memoryWorkbook";
import { PreviewApp } from "./PreviewApp";
import { readPreviewQuery } from "./previewQuery";

const query = readPreviewQuery(window.location.search);
const lang = query.lang ?? displayLang();
const workbook = new MemoryWorkbook({ messageLanguage: lang });
const container = document.getElementById("container");
if (container) {
  createRoot(container).render(
    <PreviewApp
      workbook={workbook}
      initialLang={lang}
      initialDark={query.dark ?? prefersDarkTheme()}
      layout={query.layout}
    />,
  );
}
