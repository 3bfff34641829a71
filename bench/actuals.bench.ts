import { presetBudget } from "../src/model";
import { importActuals, type ExistingActual } from "../src/model/actuals/importActuals";
import { medianMs, type BenchResult } from "./types";

const ROWS = 50_000;

/**
 * A 费控 export of 50,000 rows in GB18030 as such systems write it: quoted amounts with thousands
 * separators, references on most rows, one in ten naming no budget line, dates in three forms.
 */
function largeExport(): Uint8Array {
  const budget = presetBudget("campaign", "zh");
  const lines = ["报销单号,交易日期,费用项目,报销金额,经办人,状态"];
  for (let i = 0; i < ROWS; i++) {
    const item = i % 10 === 9 ? `其他费用 ${i % 97}` : budget.lines[i % budget.lines.length].item;
    const day = (i % 28) + 1;
    const date =
      i % 3 === 0 ? `2026-05-${String(day).padStart(2, "0")}` : i % 3 === 1 ? `2026/5/${day}` : `2026年5月${day}日`;
    const amount = `"${((i % 5000) * 3 + 1).toLocaleString("en-US")}.${String(i % 100).padStart(2, "0")}"`;
    const reference = i % 7 === 0 ? "" : `BX-${i}`;
    lines.push(`${reference},${date},${item},${amount},张三,${i % 4 === 0 ? "已占用" : "已报销"}`);
  }
  // GB18030: the Chinese text as GBK's two-byte codes, via a table built from the decoder.
  const decoder = new TextDecoder("gb18030");
  const table = new Map<string, [number, number]>();
  for (let lead = 0x81; lead <= 0xfe; lead++)
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (char.length === 1 && !table.has(char)) table.set(char, [lead, trail]);
    }
  const bytes: number[] = [];
  for (const char of lines.join("\r\n")) {
    const code = char.charCodeAt(0);
    if (code < 0x80) bytes.push(code);
    else bytes.push(...table.get(char)!);
  }
  return new Uint8Array(bytes);
}

export async function run(): Promise<BenchResult[]> {
  const budget = presetBudget("campaign", "zh");
  const targets = budget.lines.map((line) => ({ category: line.category, item: line.item }));
  const bytes = largeExport();
  const first = importActuals(bytes, { source: "feikong.csv", targets });
  if (first.read !== ROWS || first.matched.length + first.unmatched.length + first.duplicates.length !== ROWS)
    throw new Error("every row must be accounted for");
  const existing: ExistingActual[] = [...first.matched, ...first.unmatched].map((row) => ({
    ...row,
    line: row.line === null ? "" : targets[row.line].item,
  }));
  const again = importActuals(bytes, { source: "feikong.csv", targets, existing });
  if (again.duplicates.length !== ROWS) throw new Error("a second import must add nothing");
  const ms = medianMs(() => importActuals(bytes, { source: "feikong.csv", targets }), 5);
  const againMs = medianMs(() => importActuals(bytes, { source: "feikong.csv", targets, existing }), 5);
  return [
    {
      name: "actuals import, 50,000 GB18030 rows: decode, parse, match, de-duplicate (median)",
      value: ms,
      unit: "ms",
      target: 1000,
      better: "lower",
    },
    {
      name: "actuals import of the same 50,000 rows again, all duplicates (median)",
      value: againMs,
      unit: "ms",
      target: 1000,
      better: "lower",
    },
  ];
}
