import { useSyncExternalStore } from "react";
import type { MemoryWorkbook } from "./memoryWorkbook";

/** Re-renders the caller whenever the workbook changes; returns the workbook's version. */
export function useWorkbookVersion(workbook: MemoryWorkbook): number {
  return useSyncExternalStore(workbook.subscribe, workbook.getVersion);
}
