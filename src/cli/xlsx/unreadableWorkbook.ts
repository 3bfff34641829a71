import { cliTexts, type CliTexts, type Text } from "../../i18n";

/** The file cannot be read as a workbook; the text says why, in the planner's words. */
export class UnreadableWorkbookError extends Error {
  override readonly name = "UnreadableWorkbookError";
  constructor(readonly text: Text) {
    super(text.en);
  }
}

type UnreadableKey = keyof CliTexts["unreadable"];
/** Why a file is not a workbook the check can read: one sentence for each kind of file or damage. */
export const UNREADABLE = Object.fromEntries(
  (Object.keys(cliTexts("en").unreadable) as UnreadableKey[]).map((key) => [
    key,
    cliTexts.both((words) => words.unreadable[key]),
  ]),
) as Record<UnreadableKey, Text>;

/** A part of the zip the check needs is missing, cannot be unpacked, or is not well-formed XML. */
export function damagedPart(part: string, line?: number): Text {
  return cliTexts.both((words) => words.damagedPart(part, line));
}

const CFB_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const utf16 = (name: string) => Buffer.from(name, "utf16le");

/**
 * What the first bytes say the file is, when that is not a zip archive: empty; an OLE compound file,
 * which holds an encrypted .xlsx (an "EncryptedPackage" stream), an .xls ("Workbook" or "Book") or
 * another old Office document; or anything else. Null for a zip archive.
 */
export function notAZip(bytes: Buffer): Text | null {
  if (bytes.length === 0) return UNREADABLE.empty;
  if (bytes.subarray(0, CFB_SIGNATURE.length).equals(CFB_SIGNATURE)) {
    if (bytes.includes(utf16("EncryptedPackage"))) return UNREADABLE.encrypted;
    if (bytes.includes(utf16("Workbook")) || bytes.includes(utf16("Book"))) return UNREADABLE.xls;
    return UNREADABLE.otherOffice;
  }
  return bytes.subarray(0, 2).toString("latin1") === "PK" ? null : UNREADABLE.notZip;
}
