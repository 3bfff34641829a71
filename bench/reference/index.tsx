/*
 * The reference pane the load bench measures ours against: React, a Fluent UI v9 FluentProvider and one
 * Button, rendered once Office is ready, as a bare React task pane starts. Built with the pane's webpack
 * settings and served with the pane's page, so that only the pane's own code differs.
 */
import { Button, FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";

function render(): void {
  const container = document.getElementById("container");
  if (!container) return;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme} style={{ minHeight: "100vh" }}>
      <Button appearance="primary">Insert</Button>
    </FluentProvider>,
  );
}

Office.onReady(render);
