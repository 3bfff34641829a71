import { useEffect, useState } from "react";
import { createRoot } from "react-dom/client";
import { excelWorkbook } from "../excel/excelWorkbook";
import { App } from "./App";
import { displayLang, prefersDarkTheme, watchOfficeTheme } from "../excel/officeEnvironment";
import type { Lang } from "../i18n";

/** The pane in Office: Office's display language until the planner switches, Office's theme as it changes. */
function OfficePane() {
  const [lang, setLang] = useState<Lang>(displayLang);
  const [dark, setDark] = useState(prefersDarkTheme);
  useEffect(() => watchOfficeTheme(setDark), []);
  return <App workbook={excelWorkbook} lang={lang} onLangChange={setLang} dark={dark} />;
}

function render(): void {
  const container = document.getElementById("container");
  if (!container) return;
  createRoot(container).render(<OfficePane />);
}

// Without office.js (it failed to load) the templates still show; inserting then explains what is missing.
if (typeof Office === "undefined") render();
else Office.onReady(render);
