import { createContext } from "react";

/**
 * Whether Office is ready for the pane's calls. The pane shows before Office.onReady; what would call
 * Office (its Insert buttons) stays disabled until then. Without Office around (the preview), always true.
 */
export const OfficeReadyContext = createContext(true);

/** `load`, run only once `ready` has resolved: nothing reaches Office before Office.onReady. */
export function afterReady<T>(ready: Promise<unknown>, load: () => Promise<T>): () => Promise<T> {
  return () => ready.then(load);
}
