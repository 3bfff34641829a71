import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";

/** What the grid tells the planner, as Excel's message boxes do: a title, lines of text, and the answers. */
export interface GridAlertContent {
  title: string;
  lines: string[];
  /** The first answer is the default one. */
  actions: { label: string; onClick: () => void }[];
}

/** Excel's message box in the preview: modal, answered by one of its buttons or Escape (the last answer). */
export function GridAlert({ alert }: { alert: GridAlertContent | null }) {
  const dismiss = alert?.actions[alert.actions.length - 1]?.onClick;
  return (
    <Dialog open={alert !== null} modalType="alert" onOpenChange={(_, data) => !data.open && dismiss?.()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{alert?.title}</DialogTitle>
          <DialogContent>
            {alert?.lines.map((line) => (
              <p key={line}>{line}</p>
            ))}
          </DialogContent>
          <DialogActions>
            {alert?.actions.map((action, index) => (
              <Button key={action.label} appearance={index === 0 ? "primary" : "secondary"} onClick={action.onClick}>
                {action.label}
              </Button>
            ))}
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
