/**
 * How every command writes a file: the path taken from where the user ran the command, with the extension
 * of what is written, never through a symbolic link, never over an existing file unless the user asked
 * (--force), and atomically: a temporary file in the same folder, renamed over the path once complete, so
 * a failed write leaves the folder as it was.
 */
import { randomBytes } from "node:crypto";
import type { Stats } from "node:fs";
import { chmod, link, lstat, open, readlink, rename, stat, unlink } from "node:fs/promises";
import { basename, dirname, extname, join } from "node:path";
import { resolveUserPath } from "./userPath";
import { cliTexts, type CliTexts, type Text } from "../i18n";

/** The output path cannot be written; the message names the path, the reason and the way out. */
export class OutputPathError extends Error {
  override readonly name = "OutputPathError";
  constructor(readonly text: Text) {
    super(text.en);
  }
}

export interface OutputOptions {
  /** Replace an existing file. Never a symbolic link, a folder or a device, with or without it. */
  force: boolean;
  /** The extension of what is written, such as ".xlsx"; the path must end in it (in any case). */
  extension: string;
}

/** What a file holds: all its bytes, or chunks as they are produced. */
export type OutputContent = Uint8Array | AsyncIterable<Uint8Array>;

export function describeWriteErrorText(error: NodeJS.ErrnoException, path: string): Text {
  const reason = (say: (reasons: CliTexts["output"]["reasons"]) => string): Text =>
    cliTexts.both(({ output }) => output.cannotWrite(path, say(output.reasons)));
  const folder = dirname(path);
  switch (error.code) {
    case "ENOENT":
      return reason((reasons) => reasons.noFolder(folder));
    case "ENOTDIR":
      return reason((reasons) => reasons.notAFolder);
    case "EISDIR": {
      const example = `${path.replace(/[\\/]+$/, "")}/budget.xlsx`;
      return reason((reasons) => reasons.isFolder(example));
    }
    case "EACCES":
    case "EPERM":
      return reason((reasons) => reasons.denied);
    case "EROFS":
      return reason((reasons) => reasons.readOnly);
    case "ENOSPC":
      return reason((reasons) => reasons.diskFull);
    default:
      return reason(() => error.message);
  }
}

export function describeWriteError(error: NodeJS.ErrnoException, path: string): string {
  return describeWriteErrorText(error, path).en;
}

const writeError = (error: unknown, path: string) =>
  error instanceof OutputPathError
    ? error
    : new OutputPathError(describeWriteErrorText(error as NodeJS.ErrnoException, path));

const refusal = (say: (output: CliTexts["output"]) => string) =>
  new OutputPathError(cliTexts.both((words) => say(words.output)));

function existsError(path: string): OutputPathError {
  return refusal((output) => output.exists(path));
}

async function lstatOrNull(path: string): Promise<Stats | null> {
  try {
    return await lstat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

/** What is at the path now, refused unless it is nothing, or a regular file the user asked to replace. */
async function checkExisting(path: string, force: boolean): Promise<Stats | null> {
  const existing = await lstatOrNull(path);
  if (existing === null) {
    const folder = await stat(dirname(path));
    if (!folder.isDirectory()) throw Object.assign(new Error("not a folder"), { code: "ENOTDIR" });
    return null;
  }
  if (existing.isSymbolicLink()) {
    const target = await readlink(path).catch(() => "?");
    throw refusal((output) => output.symbolicLink(path, target));
  }
  if (existing.isDirectory()) throw Object.assign(new Error("is a folder"), { code: "EISDIR" });
  if (!existing.isFile()) {
    throw refusal((output) => output.notAFile(path));
  }
  if (!force) throw existsError(path);
  return existing;
}

/**
 * The absolute path a command may write to, checked before any work is done: the extension, the folder,
 * and what already is at the path.
 */
export async function checkOutputPath(argument: string, options: OutputOptions): Promise<string> {
  const path = resolveUserPath(argument);
  if ((await lstatOrNull(path).catch(() => null))?.isDirectory())
    throw writeError(Object.assign(new Error("is a folder"), { code: "EISDIR" }), path);
  const extension = options.extension.toLowerCase();
  if (extname(path).toLowerCase() !== extension) {
    const suggestion = `${path.slice(0, path.length - extname(path).length)}${extension}`;
    throw refusal((output) => output.extension(path, extension, suggestion));
  }
  try {
    await checkExisting(path, options.force);
  } catch (error) {
    throw writeError(error, path);
  }
  return path;
}

async function writeTemporary(temporary: string, content: OutputContent, mode: number | undefined): Promise<void> {
  const handle = await open(temporary, "wx", 0o666);
  try {
    if (content instanceof Uint8Array) await handle.writeFile(content);
    else for await (const chunk of content) await handle.write(chunk);
    if (mode !== undefined) await chmod(temporary, mode);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Puts the complete temporary file at the path: over the old file when allowed, else only if none is there. */
async function commit(temporary: string, path: string, replace: boolean): Promise<void> {
  if (replace) return rename(temporary, path);
  try {
    await link(temporary, path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EEXIST") throw existsError(path);
    // File systems without hard links: check once more, then rename.
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EOPNOTSUPP" && code !== "ENOSYS") throw error;
    if ((await lstatOrNull(path)) !== null) throw existsError(path);
    return rename(temporary, path);
  }
}

/**
 * Writes the file by the rules above and returns its absolute path. A failure, including one of the
 * content's producer, leaves the folder as it was.
 */
export async function writeOutputFile(
  argument: string,
  content: OutputContent,
  options: OutputOptions,
): Promise<string> {
  const path = await checkOutputPath(argument, options);
  const temporary = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString("hex")}.tmp`);
  try {
    const existing = await checkExisting(path, options.force);
    await writeTemporary(temporary, content, existing ? existing.mode & 0o7777 : undefined);
    await commit(temporary, path, existing !== null);
    return path;
  } catch (error) {
    throw writeError(error, path);
  } finally {
    await unlink(temporary).catch(() => undefined);
  }
}
