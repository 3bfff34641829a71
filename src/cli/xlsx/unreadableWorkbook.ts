import type { Text } from "../../i18n";

/** The file cannot be read as a workbook; the text says why, in the planner's words. */
export class UnreadableWorkbookError extends Error {
  override readonly name = "UnreadableWorkbookError";
  constructor(readonly text: Text) {
    super(text.en);
  }
}

/** Why a file is not a workbook the check can read: one sentence for each kind of file or damage. */
export const UNREADABLE = {
  empty: {
    zh: "文件是空的（0 字节）：可能没有保存完或复制不完整。",
    en: "the file is empty (0 bytes): it may not have finished saving or copying.",
  },
  notZip: {
    zh: "不是 .xlsx 工作簿：.xlsx 文件是 zip 压缩包，而这个文件不是。",
    en: "not an .xlsx workbook: an .xlsx file is a zip archive, and this file is not one.",
  },
  damagedZip: {
    zh: "文件已损坏：是 zip 压缩包，但内容无法读取（可能被截断或复制不完整）。",
    en: "the file is damaged: it is a zip archive whose contents cannot be read (it may be truncated or incompletely copied).",
  },
  encrypted: {
    zh: "工作簿设有打开密码（已加密），无法读取：请在 Excel 中打开，取消密码（文件 › 信息 › 保护工作簿）后保存，再检查。",
    en: "the workbook is password-protected (encrypted) and cannot be read: open it in Excel, remove the password (File › Info › Protect Workbook), save it and check again.",
  },
  xls: {
    zh: "这是 Excel 97–2003 工作簿（.xls），不是 .xlsx：请用 Excel、WPS 或 LibreOffice 打开并另存为 .xlsx，再检查。",
    en: "an Excel 97–2003 workbook (.xls), not an .xlsx: open it in Excel, WPS or LibreOffice, save it as .xlsx and check again.",
  },
  otherOffice: {
    zh: "不是 .xlsx 工作簿：这是旧版 Office 文件（如 .doc），其中没有工作簿。",
    en: "not an .xlsx workbook: an older Office file (such as .doc) that holds no workbook.",
  },
  xlsb: {
    zh: "这是二进制工作簿（.xlsb），不是 .xlsx：请在 Excel 中另存为 .xlsx，再检查。",
    en: "a binary workbook (.xlsb), not an .xlsx: save it as .xlsx in Excel and check again.",
  },
  ods: {
    zh: "这是 OpenDocument 电子表格（.ods），不是 .xlsx：请用 LibreOffice 或 WPS 另存为 .xlsx，再检查。",
    en: "an OpenDocument spreadsheet (.ods), not an .xlsx: save it as .xlsx in LibreOffice or WPS and check again.",
  },
  noWorkbookPart: {
    zh: "是 zip 文件，但不是 .xlsx 工作簿：缺少工作簿部件 xl/workbook.xml。",
    en: "a zip archive but not an .xlsx workbook: it has no workbook part (xl/workbook.xml).",
  },
} satisfies Record<string, Text>;

/** A part of the zip the check needs is missing, cannot be unpacked, or is not well-formed XML. */
export function damagedPart(part: string, line?: number): Text {
  const where = line === undefined ? { zh: "", en: "" } : { zh: `（第 ${line} 行）`, en: ` (at line ${line})` };
  return {
    zh: `文件已损坏：其中的 ${part} 无法读取${where.zh}。请在 Excel、WPS 或 LibreOffice 中打开并另存，再检查。`,
    en: `the file is damaged: its part ${part} cannot be read${where.en}. Open it in Excel, WPS or LibreOffice, save it again and check again.`,
  };
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
