import { Button, Dropdown, Field, Input, MessageBar, MessageBarBody, Option, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useRef, useState, type CSSProperties } from "react";
import { timelineStrings, type Lang, type TimelineStrings } from "../../i18n";
import { categoryByKey, CATEGORY_KEYS, type CategoryKey } from "../../model/categories";
import { varianceToBaseline, type Baseline } from "../../model/baseline";
import {
  CATEGORY_PROFILES,
  evenProfiles,
  phasingByCategory,
  type CategoryPhasing,
  type CategoryProfile,
} from "../../model/categoryPhasing";
import type { Budget } from "../../model/budget";
import type { Decimal } from "../../model/decimal";
import { formatMoney } from "../../model/format";
import { MAX_PERIODS, type PeriodUnit } from "../../model/periods";
import { phaseBudget, type PhasedBudget } from "../../model/phasing";
import { readBudgetSheet } from "../../sheet/readBudgetSheet";
import { BudgetInputError } from "../../model/errors";
import { failureText } from "../../workbook/workbookError";
import { stageLagChoice } from "../stageLagField";
import { StageLagField } from "./StageLagField";
import type { ViewProps } from "../viewProps";
import { TimelinePeriodFindings } from "./TimelinePeriodFindings";

const sectionStyle: CSSProperties = { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS };
const gridStyle: CSSProperties = {
  display: "grid",
  gridTemplateColumns: "repeat(auto-fill, minmax(120px, 1fr))",
  alignItems: "start",
  gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
};
const fullWidth: CSSProperties = { width: "100%", minWidth: 0 };
const tableStyle: CSSProperties = { width: "100%", borderCollapse: "collapse", fontVariantNumeric: "tabular-nums" };
/** Its own scroll box: a table wider than the pane scrolls there, never the pane. */
const tableBoxStyle: CSSProperties = { maxWidth: "100%", overflowX: "auto" };
/** An amount never breaks: on one line, in figures of one width. */
const cellStyle: CSSProperties = {
  textAlign: "right",
  padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
  borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  whiteSpace: "nowrap",
};
/** A category's name may take two lines, the amounts beside it keep one. */
const nameStyle: CSSProperties = { ...cellStyle, textAlign: "left", whiteSpace: "normal", overflowWrap: "anywhere" };

/** A failure in the planner's words: the workbook's or the model's own message. */
const errorText = (error: unknown, lang: Lang): string =>
  error instanceof BudgetInputError ? error.text[lang] : failureText(error, lang, (detail) => detail);

/** The month after today, 2026-05. */
function nextMonth(): string {
  const now = new Date();
  const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
  return next.toISOString().slice(0, 7);
}

const money = (value: Decimal) => formatMoney(value, 0);
const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ""));

/** Bars of each period's plan with the cumulative plan as a line, drawn to the largest cumulative figure. */
function TimelineChart({ phased, words }: { phased: PhasedBudget; words: TimelineStrings["view"] }) {
  const n = phased.periods.length;
  const width = 300;
  const height = 140;
  const top = 8;
  const bottom = 22;
  const plot = height - top - bottom;
  const max = phased.cumulative[n - 1]?.toNumber() || 1;
  const slot = width / n;
  const y = (value: Decimal) => top + plot - (value.toNumber() / max) * plot;
  const line = phased.cumulative.map((value, i) => `${slot * i + slot / 2},${y(value)}`).join(" ");
  return (
    <figure style={{ margin: 0 }}>
      <svg
        role="img"
        aria-label={words.chartLabel}
        viewBox={`0 0 ${width} ${height}`}
        style={{ width: "100%", height: "auto" }}
      >
        {phased.periodTotals.map((value, i) => (
          <rect
            key={i}
            x={slot * i + slot * 0.15}
            y={y(value)}
            width={slot * 0.7}
            height={Math.max(0, top + plot - y(value))}
            fill={tokens.colorBrandBackground}
          >
            <title>{`${phased.periods[i].label}: ${money(value)}`}</title>
          </rect>
        ))}
        <polyline points={line} fill="none" stroke={tokens.colorPaletteMarigoldBorderActive} strokeWidth={2} />
        {phased.periods.map((period, i) =>
          n <= 12 || i % Math.ceil(n / 12) === 0 ? (
            <text
              key={i}
              x={slot * i + slot / 2}
              y={height - 6}
              fontSize={9}
              textAnchor="middle"
              fill={tokens.colorNeutralForeground2}
            >
              {period.label.slice(2)}
            </text>
          ) : null,
        )}
      </svg>
      <figcaption style={{ fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 }}>
        <span style={{ color: tokens.colorBrandForeground1 }}>■</span> {words.planLegend}{" "}
        <span style={{ color: tokens.colorPaletteMarigoldForeground1 }}>—</span> {words.cumulativeLegend}:{" "}
        {money(phased.total)}
      </figcaption>
    </figure>
  );
}

function VarianceTable({
  baseline,
  budget,
  phasing,
  words,
  lang,
}: {
  baseline: Baseline;
  budget: Budget;
  phasing: ReturnType<typeof phasingByCategory>;
  words: TimelineStrings["view"];
  lang: Lang;
}) {
  let variance;
  try {
    variance = varianceToBaseline(baseline, budget, phasing);
  } catch (error) {
    return (
      <MessageBar intent="warning">
        <MessageBarBody>{errorText(error, lang)}</MessageBarBody>
      </MessageBar>
    );
  }
  const rows: [string, { baseline: Decimal; current: Decimal; variance: Decimal }][] = [
    ...CATEGORY_KEYS.map((key): [string, (typeof variance.categories)[CategoryKey]] => [
      categoryByKey(key).name[lang],
      variance.categories[key],
    ]),
    [words.total, variance.total],
  ];
  return (
    <div style={tableBoxStyle} role="region" aria-label={words.varianceHeading} tabIndex={0}>
      <table style={tableStyle} aria-label={words.varianceHeading}>
        <thead>
          <tr>
            <th style={nameStyle}>{words.category}</th>
            <th style={cellStyle}>{words.baseline}</th>
            <th style={cellStyle}>{words.current}</th>
            <th style={cellStyle}>{words.variance}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([name, figures]) => (
            <tr key={name}>
              <th scope="row" style={{ ...nameStyle, fontWeight: "normal" }}>
                {name}
              </th>
              <td style={cellStyle}>{money(figures.baseline)}</td>
              <td style={cellStyle}>{money(figures.current)}</td>
              <td
                style={{
                  ...cellStyle,
                  color:
                    figures.variance.isPositive() && !figures.variance.isZero()
                      ? tokens.colorPaletteRedForeground1
                      : undefined,
                }}
              >
                {figures.variance.isZero()
                  ? "0"
                  : `${figures.variance.isNegative() ? "−" : "+"}${money(figures.variance.abs())}`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Budget over time: the periods and a profile per category, the plan drawn, the phasing sheet, approval and variance. */
export function TimelineView({ lang, workbook }: ViewProps) {
  const words = timelineStrings(lang).view;
  const timeline = workbook.timeline;
  const [sheetKey, setSheetKey] = useState<string | null>(null);
  const [budget, setBudget] = useState<Budget | null>(null);
  const [history, setHistory] = useState<Baseline[]>([]);
  const [first, setFirst] = useState(nextMonth);
  const [countText, setCountText] = useState("3");
  const [unit, setUnit] = useState<PeriodUnit>("month");
  const [profiles, setProfiles] = useState<Record<CategoryKey, CategoryProfile>>(evenProfiles);
  const [lagText, setLagText] = useState("0");
  /** The sheet whose saved stage lag the field was filled from: a later reload keeps what the planner types. */
  const lagReadFor = useRef<string | null>(null);
  const [approver, setApprover] = useState("");
  const [note, setNote] = useState("");
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ intent: "success" | "error"; text: string } | null>(null);
  /** Counts the reads of the budget: the findings over time are read again after each. */
  const [reads, setReads] = useState(0);

  const reload = useCallback(async () => {
    const read = await workbook.read();
    if (read.sheet.kind !== "budget") {
      setBudget(null);
      return;
    }
    const key = read.sheet.sheetId;
    setSheetKey(key);
    const sheetBudget = readBudgetSheet(read.sheet.snapshot).budget;
    setBudget(sheetBudget);
    if (timeline) setHistory((await timeline.baselines(key)).history);
    if (timeline && sheetBudget.funnel && lagReadFor.current !== key) {
      lagReadFor.current = key;
      setLagText((await timeline.savedStageLag(key)) ?? "0");
    }
    setReads((n) => n + 1);
  }, [workbook, timeline]);

  useEffect(() => {
    void reload().catch((error: unknown) => setMessage({ intent: "error", text: errorText(error, lang) }));
    let stop: (() => Promise<void>) | undefined;
    let live = true;
    void workbook.watch?.(() => void reload().catch(() => undefined)).then((s) => (live ? (stop = s) : void s()));
    return () => {
      live = false;
      void stop?.();
    };
  }, [reload, workbook, lang]);

  const count = Number(countText);
  const lag = stageLagChoice(budget, lagText, count, lang);
  const choice: CategoryPhasing = {
    periods: { unit, first, count },
    profiles,
    ...(lag.stageLag === undefined ? {} : { stageLag: lag.stageLag }),
  };
  const computed = useMemo(() => {
    if (!budget) return null;
    try {
      const phasing = phasingByCategory(budget, choice);
      return { phasing, phased: phaseBudget(budget, phasing), error: null };
    } catch (error) {
      return { phasing: null, phased: null, error: errorText(error, lang) };
    }
  }, [budget, first, count, unit, profiles, lang, lag.stageLag]);
  const latest = history[history.length - 1];

  const run = async (work: () => Promise<string>) => {
    setBusy(true);
    setMessage(null);
    try {
      setMessage({ intent: "success", text: await work() });
      await reload();
    } catch (error) {
      setMessage({ intent: "error", text: errorText(error, lang) });
    } finally {
      setBusy(false);
    }
  };

  if (!timeline) return null;
  return (
    <section style={sectionStyle} aria-labelledby="timeline-heading">
      <h2 id="timeline-heading" style={{ margin: 0, fontSize: tokens.fontSizeBase400 }}>
        {words.heading}
      </h2>
      <p style={{ margin: 0 }}>{words.intro}</p>
      <div style={gridStyle}>
        <Field label={words.firstPeriod}>
          <Input style={fullWidth} value={first} onChange={(_, data) => setFirst(data.value)} />
        </Field>
        <Field label={words.count}>
          <Input
            style={fullWidth}
            inputMode="numeric"
            value={countText}
            onChange={(_, data) => setCountText(data.value)}
          />
        </Field>
        <Field label={words.unit}>
          <Dropdown
            style={fullWidth}
            value={words.units[unit]}
            selectedOptions={[unit]}
            onOptionSelect={(_, data) => setUnit((data.optionValue as PeriodUnit) ?? "month")}
          >
            <Option value="month">{words.units.month}</Option>
            <Option value="week">{words.units.week}</Option>
          </Dropdown>
        </Field>
        {lag.shown && (
          <StageLagField lang={lang} typed={lagText} problem={lag.problem} onChange={setLagText} style={fullWidth} />
        )}
      </div>
      <h3 style={{ margin: 0, fontSize: tokens.fontSizeBase300 }}>{words.profilesHeading}</h3>
      <div style={gridStyle}>
        {CATEGORY_KEYS.map((key) => (
          <Field key={key} label={categoryByKey(key).name[lang]}>
            <Dropdown
              style={fullWidth}
              value={words.profiles[profiles[key]]}
              selectedOptions={[profiles[key]]}
              onOptionSelect={(_, data) => setProfiles({ ...profiles, [key]: data.optionValue as CategoryProfile })}
            >
              {CATEGORY_PROFILES.map((profile) => (
                <Option key={profile} value={profile}>
                  {words.profiles[profile]}
                </Option>
              ))}
            </Dropdown>
          </Field>
        ))}
      </div>
      {computed?.error && (
        <MessageBar intent="error">
          <MessageBarBody>{computed.error}</MessageBarBody>
        </MessageBar>
      )}
      {computed?.phased && <TimelineChart phased={computed.phased} words={words} />}
      <Button
        appearance="secondary"
        disabled={busy || !computed?.phased || !sheetKey || count > MAX_PERIODS || lag.problem !== null}
        onClick={() =>
          void run(async () => {
            const written = await timeline.writePhasing(sheetKey!, choice);
            return fill(words.phasingWritten, { sheet: written.sheetName, report: written.reportSheetName });
          })
        }
      >
        {words.writePhasing}
      </Button>

      {budget && sheetKey && (
        <TimelinePeriodFindings workbook={workbook} sheetKey={sheetKey} lang={lang} version={reads} />
      )}
      <h3 style={{ margin: 0, fontSize: tokens.fontSizeBase300 }}>{words.approveHeading}</h3>
      <p style={{ margin: 0 }}>
        {latest
          ? fill(words.baselineLine, { version: latest.version, date: latest.date, approver: latest.approver })
          : words.noBaseline}
      </p>
      <div style={gridStyle}>
        <Field label={words.approver} required>
          <Input style={fullWidth} value={approver} onChange={(_, data) => setApprover(data.value)} />
        </Field>
        <Field label={words.note}>
          <Input style={fullWidth} value={note} onChange={(_, data) => setNote(data.value)} />
        </Field>
      </div>
      <Button
        appearance="primary"
        disabled={busy || !computed?.phased || !sheetKey || lag.problem !== null}
        onClick={() =>
          void run(async () => {
            const result = await timeline.approve(sheetKey!, { phasing: choice, approver, note, date: "" });
            return fill(words.approved, { version: result.version, sheet: result.approvalSheet });
          })
        }
      >
        {busy ? words.working : words.approve}
      </Button>
      {message && (
        <MessageBar intent={message.intent}>
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
      {latest && budget && computed?.phasing && (
        <>
          <h3 style={{ margin: 0, fontSize: tokens.fontSizeBase300 }}>{words.varianceHeading}</h3>
          <VarianceTable baseline={latest} budget={budget} phasing={computed.phasing} words={words} lang={lang} />
        </>
      )}
    </section>
  );
}
