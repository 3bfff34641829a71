import { lazy, Suspense, type ReactNode } from "react";
import type { ViewProps } from "./viewProps";
import { TemplatesView } from "./views/TemplatesView";
import { ViewLoading } from "./views/ViewLoading";
import { actualsStrings, paneStrings, timelineStrings, type Strings } from "../i18n";

export type ViewId = "templates" | "health" | "funnel" | "timeline" | "actuals";

interface PaneView {
  id: ViewId;
  label: (strings: Strings) => string;
  render: (props: ViewProps) => ReactNode;
}

// The health check (its rules, its Fluent parts) loads when first shown, fetched at idle time before that,
// so the Templates view is interactive sooner.
const HealthCheckView = lazy(() =>
  import(/* webpackChunkName: "taskpane-health", webpackPrefetch: true */ "./views/HealthCheckView").then((module) => ({
    default: module.HealthCheckView,
  })),
);

const FunnelScenariosView = lazy(() =>
  import(/* webpackChunkName: "taskpane-funnel", webpackPrefetch: true */ "./views/FunnelScenariosView").then(
    (module) => ({ default: module.FunnelScenariosView }),
  ),
);

const TimelineView = lazy(() =>
  import(/* webpackChunkName: "taskpane-timeline", webpackPrefetch: true */ "./views/TimelineView").then((module) => ({
    default: module.TimelineView,
  })),
);

const ActualsView = lazy(() =>
  import(/* webpackChunkName: "taskpane-actuals", webpackPrefetch: true */ "./views/ActualsView").then((module) => ({
    default: module.ActualsView,
  })),
);

/** The pane's views in tab order; a new view is one more entry here. */
export const VIEWS: readonly [PaneView, ...PaneView[]] = [
  { id: "templates", label: (strings) => strings.tabTemplates, render: (props) => <TemplatesView {...props} /> },
  {
    id: "health",
    label: (strings) => strings.tabHealth,
    render: (props) => (
      <Suspense fallback={<ViewLoading text={props.strings.loadingView} />}>
        <HealthCheckView {...props} />
      </Suspense>
    ),
  },
  {
    id: "funnel",
    label: (strings) => strings.tabFunnel,
    render: (props) => (
      <Suspense fallback={<ViewLoading text={props.strings.loadingView} />}>
        <FunnelScenariosView {...props} />
      </Suspense>
    ),
  },
  {
    id: "timeline",
    label: (strings) => timelineStrings(strings === paneStrings("zh") ? "zh" : "en").view.tab,
    render: (props) => (
      <Suspense fallback={<ViewLoading text={props.strings.loadingView} />}>
        <TimelineView {...props} />
      </Suspense>
    ),
  },
  {
    id: "actuals",
    label: (strings) => actualsStrings(strings === paneStrings("zh") ? "zh" : "en").pane.tab,
    render: (props) => (
      <Suspense fallback={<ViewLoading text={props.strings.loadingView} />}>
        <ActualsView {...props} />
      </Suspense>
    ),
  },
];
