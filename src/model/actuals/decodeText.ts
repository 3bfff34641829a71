import { BudgetInputError } from "../errors";
import { actualsStrings } from "../../i18n";

/** How a file's bytes were read as text. */
export type TextEncodingName = "utf-8" | "gb18030" | "utf-16le" | "utf-16be";

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

const fail = (say: Parameters<typeof actualsStrings.both>[0]): never => {
  throw new BudgetInputError("value", actualsStrings.both(say));
};

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

function decode(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * A text file's bytes as text: UTF-8 (with or without its byte-order mark) when they are valid UTF-8,
 * else GB18030 (which includes GBK and GB2312), as Chinese expense and bank systems export; UTF-16
 * only with its byte-order mark (Excel's "Unicode text"). A zip (an .xlsx), a file with NUL bytes
 * or bytes that are neither UTF-8 nor GB18030 is refused with what it seems to be.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) fail((s) => s.errors.zipFile);
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const encoding = bytes[0] === 0xff ? "utf-16le" : "utf-16be";
    const text = decode(encoding, bytes);
    if (text === null) return fail((s) => s.errors.badEncoding);
    return { text, encoding };
  }
  if (bytes.includes(0)) fail((s) => s.errors.binaryFile);
  const utf8 = decode("utf-8", bytes);
  if (utf8 !== null) return { text: utf8, encoding: "utf-8" };
  const gb = decode("gb18030", bytes);
  if (gb === null) return fail((s) => s.errors.badEncoding);
  return { text: gb, encoding: "gb18030" };
}
