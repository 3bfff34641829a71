import { lazy, Suspense, type ReactNode } from "react";
import type { ViewProps } from "./viewProps";
import { loadInsertOutcome } from "./views/InsertStatus";
import { TemplatesView } from "./views/TemplatesView";
import { ViewLoading } from "./views/ViewLoading";
import type { Strings } from "../i18n";

export type ViewId = "templates" | "health" | "funnel" | "timeline" | "actuals";

interface PaneView {
  id: ViewId;
  label: (strings: Strings) => string;
  render: (props: ViewProps) => ReactNode;
  /** Loads what the view loads on demand, ahead of need. */
  preload?: () => Promise<unknown>;
}

// The health check (its rules, its Fluent parts) and the other views load when first shown, or at idle time
// once the page has loaded (`preload`, preloadWhenIdle.ts), so the Templates view is interactive sooner.
const loadHealthCheckView = () => import(/* webpackChunkName: "taskpane-health" */ "./views/HealthCheckView");
const HealthCheckView = lazy(() => loadHealthCheckView().then((module) => ({ default: module.HealthCheckView })));

const loadFunnelScenariosView = () => import(/* webpackChunkName: "taskpane-funnel" */ "./views/FunnelScenariosView");
const FunnelScenariosView = lazy(() =>
  loadFunnelScenariosView().then((module) => ({ default: module.FunnelScenariosView })),
);

const loadTimelineView = () => import(/* webpackChunkName: "taskpane-timeline" */ "./views/TimelineView");
const TimelineView = lazy(() => loadTimelineView().then((module) => ({ default: module.TimelineView })));

const loadActualsView = () => import(/* webpackChunkName: "taskpane-actuals" */ "./views/ActualsView");
const ActualsView = lazy(() => loadActualsView().then((module) => ({ default: module.ActualsView })));

/** The pane's views in tab order; a new view is one more entry here. */
export const VIEWS: readonly [PaneView, ...PaneView[]] = [
  {
    id: "templates",
    label: (strings) => strings.tabTemplates,
    render: (props) => <TemplatesView {...props} />,
    preload: loadInsertOutcome,
  },
  {
    id: "health",
    label: (strings) => strings.tabHealth,
    preload: loadHealthCheckView,
    render: (props) => (
      <Suspense fallback={<ViewLoading text={props.strings.loadingView} />}>
        <HealthCheckView {...props} />
      </Suspense>
    ),
  },
  {
    id: "funnel",
    label: (strings) => strings.tabFunnel,
    preload: loadFunnelScenariosView,
    render: (props) => (
      <Suspense fallback={<ViewLoading text={props.strings.loadingView} />}>
        <FunnelScenariosView {...props} />
      </Suspense>
    ),
  },
  {
    id: "timeline",
    label: (strings) => strings.tabTimeline,
    preload: loadTimelineView,
    render: (props) => (
      <Suspense fallback={<ViewLoading text={props.strings.loadingView} />}>
        <TimelineView {...props} />
      </Suspense>
    ),
  },
  {
    id: "actuals",
    label: (strings) => strings.tabActuals,
    preload: loadActualsView,
    render: (props) => (
      <Suspense fallback={<ViewLoading text={props.strings.loadingView} />}>
        <ActualsView {...props} />
      </Suspense>
    ),
  },
];
