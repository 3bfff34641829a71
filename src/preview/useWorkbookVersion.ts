import { useSyncExternalStore } from "react";
import type { MemorySpreadsheet } from "./spreadsheet/memorySpreadsheet";

/** Re-renders the caller whenever the workbook changes; returns the workbook's version. */
export function useWorkbookVersion(workbook: MemorySpreadsheet): number {
  return useSyncExternalStore(workbook.subscribe, workbook.getVersion);
}
