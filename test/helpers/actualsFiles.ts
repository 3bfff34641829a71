/**
 * Actuals files as expense systems export them, built in the test: UTF-8 (with or without its mark)
 * or GB18030, comma or tab separated, fields quoted where they must be.
 */
let gbTable: Map<string, number[]> | null = null;

/** GB18030 bytes of a text: ASCII as is, every other character by the two-byte GBK code that decodes to it. */
export function encodeGb18030(text: string): Uint8Array {
  if (!gbTable) {
    gbTable = new Map();
    const decoder = new TextDecoder("gb18030");
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        const char = decoder.decode(new Uint8Array([lead, trail]));
        if (char.length === 1 && char !== "\uFFFD" && !gbTable.has(char)) gbTable.set(char, [lead, trail]);
      }
    }
  }
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else {
      const pair = gbTable.get(char);
      if (!pair) throw new Error(`no GBK code for ${char}`);
      bytes.push(...pair);
    }
  }
  return new Uint8Array(bytes);
}

export type Encoding = "utf-8" | "utf-8-bom" | "gb18030";

export function csvField(value: string, delimiter: string): string {
  return /["\r\n]/.test(value) || value.includes(delimiter) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvText(records: readonly (readonly string[])[], delimiter: "," | "\t"): string {
  return (
    records.map((record) => record.map((field) => csvField(field, delimiter)).join(delimiter)).join("\r\n") + "\r\n"
  );
}

export function encodeText(text: string, encoding: Encoding): Uint8Array {
  if (encoding === "gb18030") return encodeGb18030(text);
  const utf8 = new TextEncoder().encode(text);
  if (encoding === "utf-8") return utf8;
  return new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
}

export function csvBytes(
  records: readonly (readonly string[])[],
  delimiter: "," | "\t",
  encoding: Encoding,
): Uint8Array {
  return encodeText(csvText(records, delimiter), encoding);
}
