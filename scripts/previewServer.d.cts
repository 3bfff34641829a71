// Types of previewServer.cjs for the tests.
export interface PreviewRecord {
  pid: number;
  port: number;
}
export const PREVIEW_HOST: string;
export function previewPort(env?: NodeJS.ProcessEnv): number;
export function previewUrl(port: number): string;
export function writeRecord(root: string, record: PreviewRecord): void;
export function readRecord(root: string): PreviewRecord | null;
export function removeRecord(root: string, pid?: number): void;
export function isPreviewProcess(pid: number): boolean;
export function runningPreview(root: string): (PreviewRecord & { url: string }) | null;
export function portInUse(port: number, host?: string): Promise<boolean>;
export function waitForExit(pid: number, ms?: number): Promise<boolean>;
