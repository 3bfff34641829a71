import { createRoot } from "react-dom/client";
import { insertBudgetSheet } from "../excel/insertBudgetSheet";
import { App } from "./App";
import { displayLang, prefersDarkTheme } from "./officeEnvironment";

function render(): void {
  const container = document.getElementById("container");
  if (!container) return;
  createRoot(container).render(
    <App initialLang={displayLang()} dark={prefersDarkTheme()} insert={insertBudgetSheet} />,
  );
}

// Without office.js (it failed to load) the templates still show; inserting then explains what is missing.
if (typeof Office === "undefined") render();
else Office.onReady(render);
