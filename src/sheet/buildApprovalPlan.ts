import type { Baseline } from "../model/baseline";
import type { Budget } from "../model/budget";
import { CATEGORIES, categoryByKey } from "../model/categories";
import { Decimal, ZERO, sum } from "../model/decimal";
import { formatPercent } from "../model/format";
import type { Finding } from "../model/health";
import { budgetTotals, shareStatus } from "../model/totals";
import { timelineStrings, type Lang } from "../i18n";
import { a1, parseA1, rangeA1 } from "./address";
import { formula, number, optional, text } from "./cellContent";
import { COLORS, MONEY_FORMAT, PERCENT_FORMAT, RATIO_FORMAT } from "./formats";
import { onSheet } from "./otherSheet";
import type { CellContent, PlainSheetPlan, PlannedCell, RangeStyle } from "./plan";

export interface ApprovalPlanOptions {
  lang: Lang;
  sheetName?: string;
  /** The budget sheet and its Budget_Total cell ("O12"): the two live rows refer to it. */
  budgetSheet: { sheetName: string; totalAddress: string };
  /** The findings open at approval, most severe first (a finding's message in the sheet's language). */
  findings: readonly Pick<Finding, "severity" | "message">[];
  /** How many of the largest lines to list; 8 by default. */
  topLines?: number;
}

/** At most this many findings are listed; the rest are counted, so the sheet stays one A4 page. */
export const APPROVAL_FINDINGS_SHOWN = 6;
const TOP_LINES = 8;
const LABEL = 0;
const ITEM = 1;
const AMOUNT = 2;
const SHARE = 3;
const STATUS = 4;
const LAST_COL = STATUS;

/** The first sentence of a message, so each finding takes a line or two of the page. */
function firstSentence(message: string): string {
  const match = /^(.+?[。！？]|.+?[.!?](?=\s|$))/.exec(message.trim());
  return (match ? match[1] : message).trim();
}

/**
 * The approval sheet (预算审批单 / Budget approval), one A4 page in portrait: the campaign and the
 * version approved (approver, date, note), the goals and ROI on gross profit, the categories with their
 * shares and status, the largest lines, the health findings open at approval, and the four signatures.
 * Every amount is the baseline's, frozen as a value; shares, gross profit and ROI are formulas over
 * those frozen cells (so they read as approved). Only two rows are live: the budget's total now and its
 * variance to this approval, read from the budget sheet, so a printed copy shows whether it still holds.
 */
export function buildApprovalPlan(budget: Budget, baseline: Baseline, options: ApprovalPlanOptions): PlainSheetPlan {
  const { lang } = options;
  const labels = timelineStrings(lang).approval;
  const sheetName = options.sheetName ?? labels.sheetName;
  const cells: PlannedCell[] = [];
  const styles: RangeStyle[] = [];
  const put = (row: number, col: number, content: CellContent, numberFormat?: string) =>
    cells.push({ row, col, content, ...(numberFormat ? { numberFormat } : {}) });
  const at = (row: number, col: number) => a1({ row, col });
  const across = (row: number) => rangeA1({ row, col: 0 }, { row, col: LAST_COL });
  const header = (row: number) => styles.push({ range: across(row), bold: true, fill: COLORS.header });
  const title = (row: number, words: string) => {
    put(row, LABEL, text(words));
    styles.push({ range: at(row, LABEL), bold: true, fontSize: 12 });
  };

  let row = 0;
  put(row, LABEL, text(labels.title));
  styles.push({ range: at(row, LABEL), bold: true, fontSize: 16 });
  row += 1;
  const detail = (label: string, value: string) => {
    put(row, LABEL, text(label));
    if (value !== "") put(row, ITEM, text(value));
    row += 1;
  };
  detail(labels.campaign, baseline.title);
  put(row, LABEL, text(labels.version));
  put(row, ITEM, number(new Decimal(baseline.version)), "0");
  styles.push({ range: at(row, ITEM), horizontal: "left" });
  put(row, AMOUNT, text(labels.date));
  put(row, SHARE, text(baseline.date));
  row += 1;
  detail(labels.approver, baseline.approver);
  detail(labels.note, baseline.note);
  styles.push({ range: rangeA1({ row: 1, col: LABEL }, { row: row - 1, col: LABEL }), bold: true });
  row += 1;

  // Goals and return, frozen; gross profit and ROI computed from them.
  title(row++, labels.figures);
  const figure = (label: string, content: CellContent, format: string) => {
    put(row, LABEL, text(label));
    put(row, AMOUNT, content, format);
    return at(row++, AMOUNT);
  };
  const { revenue, grossMargin, cap } = baseline.goals;
  const total = figure(labels.total, number(baseline.total), MONEY_FORMAT);
  const revenueCell = figure(labels.revenue, revenue ? number(revenue) : text(""), MONEY_FORMAT);
  const marginCell = figure(labels.grossMargin, grossMargin ? number(grossMargin) : text(""), PERCENT_FORMAT);
  const grossProfit = revenue && grossMargin ? revenue.times(grossMargin) : null;
  figure(
    labels.grossProfit,
    formula(`=IF(OR(${revenueCell}="",${marginCell}=""),"",${revenueCell}*${marginCell})`, optional(grossProfit)),
    MONEY_FORMAT,
  );
  const roi = grossProfit && !baseline.total.isZero() ? grossProfit.dividedBy(baseline.total) : null;
  figure(
    labels.roi,
    formula(
      `=IF(OR(${revenueCell}="",${marginCell}="",${total}=0),"",${revenueCell}*${marginCell}/${total})`,
      optional(roi),
    ),
    RATIO_FORMAT,
  );
  figure(labels.cap, cap ? number(cap) : text(""), MONEY_FORMAT);
  const budgetTotal = onSheet(options.budgetSheet.sheetName, parseA1(options.budgetSheet.totalAddress));
  const totalNow = budgetTotals(budget).total;
  const liveFirst = row;
  figure(labels.currentTotal, formula(`=${budgetTotal}`, totalNow), MONEY_FORMAT);
  figure(labels.varianceNow, formula(`=${budgetTotal}-${total}`, totalNow.minus(baseline.total)), MONEY_FORMAT);
  styles.push({ range: rangeA1({ row: liveFirst, col: LABEL }, { row: row - 1, col: AMOUNT }), italic: true });
  row += 1;

  // Categories: amounts as approved, shares of the approved total, status against the ranges.
  title(row++, labels.categoriesTitle);
  const h = labels.categoryHeaders;
  put(row, LABEL, text(h.category));
  put(row, ITEM, text(h.range));
  put(row, AMOUNT, text(h.amount));
  put(row, SHARE, text(h.share));
  put(row, STATUS, text(h.status));
  header(row++);
  const byCategory = CATEGORIES.map((category) =>
    sum(baseline.rows.filter((r) => r.category === category.key).map((r) => r.amount)),
  );
  CATEGORIES.forEach((category, i) => {
    const amount = byCategory[i];
    const share = baseline.total.isZero() ? ZERO : amount.dividedBy(baseline.total);
    const range = budget.ranges[category.key];
    put(row, LABEL, text(category.name[lang]));
    put(row, ITEM, text(`${formatPercent(range.min, 0)}–${formatPercent(range.max, 0)}`));
    put(row, AMOUNT, number(amount), MONEY_FORMAT);
    put(row, SHARE, formula(`=IF(${total}=0,0,${at(row, AMOUNT)}/${total})`, share), PERCENT_FORMAT);
    const status = shareStatus(share, range);
    put(row, STATUS, text(labels.status[status]));
    if (status !== "ok") {
      const high = status === "high";
      styles.push({
        range: at(row, STATUS),
        fill: high ? COLORS.highFill : COLORS.lowFill,
        fontColor: high ? COLORS.highFont : COLORS.lowFont,
      });
    }
    row += 1;
  });
  const firstCategory = row - CATEGORIES.length;
  put(row, LABEL, text(labels.total));
  put(
    row,
    AMOUNT,
    formula(`=SUM(${rangeA1({ row: firstCategory, col: AMOUNT }, { row: row - 1, col: AMOUNT })})`, sum(byCategory)),
    MONEY_FORMAT,
  );
  styles.push({ range: across(row), bold: true });
  row += 2;

  // The largest lines as approved.
  const top = [...baseline.rows.filter((r) => r.category !== "contingency")]
    .map((r, index) => ({ ...r, index }))
    .sort((a, b) => b.amount.comparedTo(a.amount) || a.index - b.index)
    .slice(0, options.topLines ?? TOP_LINES);
  title(row++, labels.linesTitle);
  const lh = labels.lineHeaders;
  [lh.category, lh.item, lh.amount, lh.share].forEach((words, col) => put(row, col, text(words)));
  header(row++);
  for (const line of top) {
    put(row, LABEL, text(categoryByKey(line.category).name[lang]));
    put(row, ITEM, text(line.item));
    put(row, AMOUNT, number(line.amount), MONEY_FORMAT);
    const share = baseline.total.isZero() ? ZERO : line.amount.dividedBy(baseline.total);
    put(row, SHARE, formula(`=IF(${total}=0,0,${at(row, AMOUNT)}/${total})`, share), PERCENT_FORMAT);
    row += 1;
  }
  row += 1;

  // The health findings open at approval.
  title(row++, labels.findingsTitle);
  const shown = options.findings.slice(0, APPROVAL_FINDINGS_SHOWN);
  if (shown.length === 0) put(row++, LABEL, text(labels.noFindings));
  for (const finding of shown) {
    put(row, LABEL, text(labels.severity[finding.severity]));
    put(row, ITEM, text(firstSentence(finding.message[lang])));
    styles.push({ range: at(row, ITEM), wrap: true });
    row += 1;
  }
  const more = options.findings.length - shown.length;
  if (more > 0) put(row++, ITEM, text(labels.moreFindings.replace("{count}", String(more))));
  row += 1;

  // Signatures.
  title(row++, labels.signaturesTitle);
  const s = labels.signatures;
  for (const who of [s.applicant, s.head, s.finance, s.manager]) {
    row += 1;
    put(row, LABEL, text(who));
    put(row, ITEM, text(`${labels.signature}：`));
    put(row, AMOUNT, text(`${labels.signedOn}：`));
    row += 1;
  }
  put(row, LABEL, text(labels.liveNote));
  styles.push({ range: at(row, LABEL), italic: true, fontColor: COLORS.muted });

  return {
    sheetName,
    lang,
    cells,
    styles,
    columnWidths: [
      { col: LABEL, chars: 16 },
      { col: ITEM, chars: 36 },
      { col: AMOUNT, chars: 16 },
      { col: SHARE, chars: 10 },
      { col: STATUS, chars: 12 },
    ],
    names: [],
    conditionalFormats: [],
    validations: [],
    freezeRows: 0,
    printArea: rangeA1({ row: 0, col: 0 }, { row, col: LAST_COL }),
    page: { orientation: "portrait", paper: "A4", fitToOnePage: true },
  };
}
