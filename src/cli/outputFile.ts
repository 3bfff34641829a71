import { writeFile } from "node:fs/promises";
import { dirname } from "node:path";

/** The output path cannot be written; the message names the path, the reason and the way out. */
export class OutputPathError extends Error {
  override readonly name = "OutputPathError";
}

export function describeWriteError(error: NodeJS.ErrnoException, path: string): string {
  const target = `cannot write "${path}"`;
  switch (error.code) {
    case "ENOENT":
      return `${target}: the folder "${dirname(path)}" does not exist; create it or choose an existing folder`;
    case "ENOTDIR":
      return `${target}: a part of the path is a file, not a folder; choose a path inside an existing folder`;
    case "EISDIR":
      return `${target}: it is a folder; give a file path such as "${path.replace(/[\\/]+$/, "")}/budget.xlsx"`;
    case "EACCES":
    case "EPERM":
      return `${target}: permission denied; choose a folder you may write to`;
    case "EROFS":
      return `${target}: the file system is read-only; choose a writable folder`;
    default:
      return `${target}: ${error.message}`;
  }
}

export async function writeOutputFile(path: string, bytes: Uint8Array): Promise<void> {
  try {
    await writeFile(path, bytes);
  } catch (error) {
    throw new OutputPathError(describeWriteError(error as NodeJS.ErrnoException, path));
  }
}
