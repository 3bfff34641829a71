import type { ReactNode } from "react";
import type { Lang } from "../model";
import type { Strings } from "./strings";
import type { InsertBudget } from "./useInsertBudget";
import { HealthCheckView } from "./views/HealthCheckView";
import { TemplatesView } from "./views/TemplatesView";

export interface ViewProps {
  lang: Lang;
  strings: Strings;
  insert: InsertBudget;
}

export type ViewId = "templates" | "health";

interface PaneView {
  id: ViewId;
  label: (strings: Strings) => string;
  render: (props: ViewProps) => ReactNode;
}

/** The pane's views in tab order; a new view is one more entry here. */
export const VIEWS: readonly [PaneView, ...PaneView[]] = [
  { id: "templates", label: (strings) => strings.tabTemplates, render: (props) => <TemplatesView {...props} /> },
  { id: "health", label: (strings) => strings.tabHealth, render: (props) => <HealthCheckView {...props} /> },
];
