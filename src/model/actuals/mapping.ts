import { BudgetInputError } from "../errors";
import { actualsStrings, type ActualField, type ActualStatus } from "../../i18n";

export type { ActualField, ActualStatus } from "../../i18n";
export const ACTUAL_FIELDS: readonly ActualField[] = ["date", "amount", "item", "reference", "owner", "status"];
export const REQUIRED_FIELDS: readonly ActualField[] = ["date", "amount", "item"];

/**
 * Which column holds each field, by the column's header as the file writes it, so a mapping saved
 * once is reused on the next export of the same system whatever order its columns come in.
 */
export type ColumnMapping = { [K in ActualField]?: string } & { date: string; amount: string; item: string };

/** The headers each field is recognised by, in either language, best first. */
const HEADER_WORDS: Record<ActualField, readonly string[]> = {
  date: [
    "date",
    "日期",
    "交易日期",
    "发生日期",
    "报销日期",
    "记账日期",
    "支付日期",
    "transaction date",
    "posting date",
  ],
  amount: ["amount", "金额", "报销金额", "交易金额", "发生额", "支付金额", "实付金额", "金额(元)", "amount (cny)"],
  item: [
    "item",
    "line",
    "budget line",
    "明细项",
    "费用项目",
    "预算项目",
    "项目",
    "费用类型",
    "摘要",
    "description",
    "用途",
  ],
  reference: ["reference", "ref", "单号", "凭证号", "报销单号", "单据号", "订单号", "流水号", "交易流水号", "voucher"],
  owner: ["owner", "经办人", "报销人", "申请人", "责任人"],
  status: ["status", "状态", "单据状态", "支付状态"],
};

/** A header or item as compared: full-width to half-width (NFKC), spaces collapsed and trimmed, any case. */
export function normalise(text: string): string {
  // Printable ASCII has nothing for NFKC to change.
  const folded = /^[\x20-\x7e]*$/.test(text) ? text : text.normalize("NFKC");
  return folded.replace(/\s+/g, " ").trim().toLowerCase();
}

/** The mapping the headers name, each field its first recognised column; null without date, amount and item. */
export function recogniseColumns(headers: readonly string[]): ColumnMapping | null {
  const normalised = headers.map(normalise);
  const found: Partial<Record<ActualField, string>> = {};
  const taken = new Set<number>();
  for (const field of ACTUAL_FIELDS) {
    for (const word of HEADER_WORDS[field]) {
      const index = normalised.findIndex((header, i) => !taken.has(i) && header === word);
      if (index >= 0) {
        found[field] = headers[index];
        taken.add(index);
        break;
      }
    }
  }
  if (!found.date || !found.amount || !found.item) return null;
  return found as ColumnMapping;
}

/** Each mapped field's column index in these headers; a mapped header the file lacks is an error. */
export function columnIndexes(
  headers: readonly string[],
  mapping: ColumnMapping,
): Partial<Record<ActualField, number>> {
  const normalised = headers.map(normalise);
  const indexes: Partial<Record<ActualField, number>> = {};
  for (const field of ACTUAL_FIELDS) {
    const header = mapping[field];
    if (header === undefined || header === "") continue;
    const index = normalised.indexOf(normalise(header));
    if (index < 0) {
      throw new BudgetInputError(
        "value",
        actualsStrings.both((s) => s.errors.mappedColumnMissing(s.fields[field], header)),
      );
    }
    indexes[field] = index;
  }
  return indexes;
}

const STATUS_WORDS: Record<ActualStatus | "refund", readonly string[]> = {
  paid: ["paid", "booked", "已支付", "已报销", "已付款", "已完成", "已入账", "completed", "支付成功"],
  committed: ["committed", "ordered", "po", "已占用", "已下单", "已审批", "待支付", "已签约", "预算占用"],
  refund: ["refund", "refunded", "退款", "已退款", "冲销", "红冲"],
};

/**
 * What a status cell says: paid (a blank status too: an expense export lists money paid), committed
 * (a PO, a signed contract), or a refund (paid, negative); null for a word not known.
 */
export function readStatus(text: string): { status: ActualStatus; refund: boolean } | null {
  const word = normalise(text);
  if (word === "" || STATUS_WORDS.paid.includes(word)) return { status: "paid", refund: false };
  if (STATUS_WORDS.committed.includes(word)) return { status: "committed", refund: false };
  if (STATUS_WORDS.refund.includes(word)) return { status: "paid", refund: true };
  return null;
}
