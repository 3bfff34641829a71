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
import type { Text } from "../i18n";

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
  const target = { zh: `无法写入「${path}」`, en: `cannot write "${path}"` };
  const reason = (zh: string, en: string): Text => ({ zh: `${target.zh}：${zh}`, en: `${target.en}: ${en}` });
  const folder = dirname(path);
  switch (error.code) {
    case "ENOENT":
      return reason(
        `文件夹「${folder}」不存在；请先创建，或选择已有的文件夹`,
        `the folder "${folder}" does not exist; create it or choose an existing folder`,
      );
    case "ENOTDIR":
      return reason(
        "路径中有一段是文件而不是文件夹；请选择已有文件夹中的路径",
        "a part of the path is a file, not a folder; choose a path inside an existing folder",
      );
    case "EISDIR": {
      const example = `${path.replace(/[\\/]+$/, "")}/budget.xlsx`;
      return reason(
        `这是文件夹；请给出文件路径，例如「${example}」`,
        `it is a folder; give a file path such as "${example}"`,
      );
    }
    case "EACCES":
    case "EPERM":
      return reason("没有权限；请选择可写入的文件夹", "permission denied; choose a folder you may write to");
    case "EROFS":
      return reason("文件系统只读；请选择可写入的文件夹", "the file system is read-only; choose a writable folder");
    case "ENOSPC":
      return reason("磁盘已满；原有文件未改动", "the disk is full; nothing was changed");
    default:
      return reason(error.message, error.message);
  }
}

export function describeWriteError(error: NodeJS.ErrnoException, path: string): string {
  return describeWriteErrorText(error, path).en;
}

const writeError = (error: unknown, path: string) =>
  error instanceof OutputPathError
    ? error
    : new OutputPathError(describeWriteErrorText(error as NodeJS.ErrnoException, path));

function existsError(path: string): OutputPathError {
  return new OutputPathError({
    zh: `「${path}」已存在；加 --force 可替换它，或换一个文件名`,
    en: `"${path}" already exists; add --force to replace it, or choose another file name`,
  });
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
    throw new OutputPathError({
      zh: `「${path}」是指向「${target}」的符号链接；文件从不经链接写入（--force 也不例外），请给出文件本身的路径`,
      en: `"${path}" is a symbolic link to "${target}"; files are never written through a link, not even with --force: give the file's own path`,
    });
  }
  if (existing.isDirectory()) throw Object.assign(new Error("is a folder"), { code: "EISDIR" });
  if (!existing.isFile()) {
    throw new OutputPathError({
      zh: `「${path}」不是普通文件；请选择文件路径`,
      en: `"${path}" is not a regular file; choose a file path`,
    });
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
    throw new OutputPathError({
      zh: `「${path}」不是 ${extension} 文件名；写出的是 ${extension} 文件，例如「${suggestion}」`,
      en: `"${path}" does not end in ${extension}; the file written is ${extension === ".xlsx" ? "an" : "a"} ${extension} file, e.g. "${suggestion}"`,
    });
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
