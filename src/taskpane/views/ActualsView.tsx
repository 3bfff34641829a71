import {
  Button,
  Dropdown,
  Field,
  MessageBar,
  MessageBarBody,
  Option,
  Spinner,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useState, type CSSProperties } from "react";
import { actualsStrings, type Lang } from "../../i18n";
import { parseCsv } from "../../model/actuals/csv";
import { decodeText } from "../../model/actuals/decodeText";
import type { ImportedRow } from "../../model/actuals/importActuals";
import {
  ACTUAL_FIELDS,
  REQUIRED_FIELDS,
  normalise,
  type ActualField,
  type ColumnMapping,
} from "../../model/actuals/mapping";
import { BudgetInputError } from "../../model/errors";
import { formatMoney } from "../../model/format";
import { previewImport, type ActualsContext, type ActualsPreview } from "../../workbook/actuals";
import { failureText } from "../../workbook/workbookError";
import type { ViewProps } from "../viewProps";

const sectionStyle: CSSProperties = { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS };
const gridStyle: CSSProperties = {
  display: "grid",
  gridTemplateColumns: "repeat(auto-fill, minmax(120px, 1fr))",
  gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
};
const fullWidth: CSSProperties = { width: "100%", minWidth: 0 };
const tableStyle: CSSProperties = {
  width: "100%",
  tableLayout: "fixed",
  borderCollapse: "collapse",
  fontSize: tokens.fontSizeBase200,
  fontVariantNumeric: "tabular-nums",
};
const cellStyle: CSSProperties = {
  textAlign: "left",
  verticalAlign: "top",
  padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXXS}`,
  borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  overflowWrap: "anywhere",
};
const numberStyle: CSSProperties = { ...cellStyle, textAlign: "right" };
const headingStyle: CSSProperties = { margin: 0, fontSize: tokens.fontSizeBase300 };

/** The rows shown in the preview, and the unmatched rows offered for assignment at most. */
const PREVIEW_ROWS = 5;
const ASSIGNABLE_ROWS = 20;
/** How many lines of a file are looked at for its header row, for the columns offered. */
const HEAD_LINES = 20;

const errorText = (error: unknown, lang: Lang): string =>
  error instanceof BudgetInputError ? error.text[lang] : failureText(error, lang, (detail) => detail);

const money = (row: ImportedRow) => (row.amount ? formatMoney(row.amount, 2) : null);

/** The file's header row (the one holding the mapped date column, else its first), for the column choices. */
function fileHeaders(bytes: Uint8Array, mapping: ColumnMapping | null): string[] {
  const head = parseCsv(
    decodeText(bytes)
      .text.split(/\r\n|\n|\r/, HEAD_LINES)
      .join("\n"),
  ).records;
  const wanted = mapping ? normalise(mapping.date) : null;
  const row = head.find((record) => wanted !== null && record.some((cell) => normalise(cell) === wanted)) ?? head[0];
  return (row ?? []).filter((header) => header.trim() !== "");
}

/** A field's name as a label: "date" → "Date". */
const sentenceCase = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Lets the pane paint (the spinner) before a long piece of work. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

interface ChosenFile {
  name: string;
  bytes: Uint8Array;
  lines: number;
}

/** Actual spend in: a file chosen, its columns mapped, its rows previewed and assigned, then written in one go. */
export function ActualsView({ lang, workbook }: ViewProps) {
  const words = actualsStrings(lang);
  const say = words.pane;
  const actuals = workbook.actuals;
  const [context, setContext] = useState<ActualsContext | null>(null);
  const [contextError, setContextError] = useState<string | null>(null);
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping | null>(null);
  const [assignments, setAssignments] = useState<Record<number, number>>({});
  const [reading, setReading] = useState<number | null>(null);
  const [computed, setComputed] = useState<{ preview: ActualsPreview | null; error: string | null } | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ intent: "success" | "error" | "info"; text: string } | null>(null);

  const reload = useCallback(async () => {
    if (!actuals) return;
    try {
      setContext(await actuals.read());
      setContextError(null);
    } catch (error) {
      setContext(null);
      setContextError(errorText(error, lang));
    }
  }, [actuals, lang]);

  useEffect(() => {
    void reload();
    let stop: (() => Promise<void>) | undefined;
    let live = true;
    void workbook.watch?.(() => void reload()).then((s) => (live ? (stop = s) : void s()));
    return () => {
      live = false;
      void stop?.();
    };
  }, [reload, workbook]);

  // The file read against the workbook whenever the file, the columns, the assignments or the workbook change.
  useEffect(() => {
    if (!file || !context) {
      setComputed(null);
      return;
    }
    let live = true;
    setReading(file.lines);
    void nextFrame().then(() => {
      if (!live) return;
      try {
        const preview = previewImport(context, {
          fileName: file.name,
          bytes: file.bytes,
          assignments,
          ...(mapping ? { mapping } : {}),
        });
        setComputed({ preview, error: null });
        if (!mapping) setMapping(preview.mapping);
      } catch (error) {
        setComputed({ preview: null, error: errorText(error, lang) });
      } finally {
        setReading(null);
      }
    });
    return () => {
      live = false;
    };
  }, [file, context, mapping, assignments, lang]);

  const headers = useMemo(() => {
    if (!file) return [];
    try {
      return fileHeaders(file.bytes, mapping);
    } catch {
      return [];
    }
  }, [file, mapping]);

  const choose = async (chosen: File | undefined) => {
    setMessage(null);
    setMapping(null);
    setAssignments({});
    if (!chosen) {
      setFile(null);
      return;
    }
    const bytes = new Uint8Array(await chosen.arrayBuffer());
    let lines = 0;
    for (const byte of bytes) if (byte === 10) lines++;
    setFile({ name: chosen.name, bytes, lines });
  };

  const write = async () => {
    if (!actuals || !context || !file) return;
    setBusy(true);
    setMessage(null);
    try {
      const result = await actuals.write(context.sheetId, {
        fileName: file.name,
        bytes: file.bytes,
        assignments,
        ...(mapping ? { mapping } : {}),
      });
      setMessage(
        result.written === 0
          ? { intent: "info", text: say.nothingToWrite }
          : { intent: "success", text: say.written(result.written, result.sheetName, result.syncs) },
      );
      setAssignments({});
      await reload();
    } catch (error) {
      setMessage({ intent: "error", text: errorText(error, lang) });
    } finally {
      setBusy(false);
    }
  };

  if (!actuals) return <p style={{ margin: 0 }}>{say.notAvailable}</p>;
  const preview = computed?.preview ?? null;
  const result = preview?.result;
  const firstRows = result
    ? [...result.matched, ...result.unmatched, ...result.duplicates]
        .sort((a, b) => a.sourceLine - b.sourceLine)
        .slice(0, PREVIEW_ROWS)
    : [];
  const duplicateLines = new Set(result?.duplicates.map((row) => row.sourceLine));
  // The rows still unmatched and those assigned here, in the file's order: an assigned row stays in the list.
  const pending = result
    ? [...result.unmatched, ...result.matched.filter((row) => assignments[row.sourceLine] !== undefined)].sort(
        (a, b) => a.sourceLine - b.sourceLine,
      )
    : [];
  const shownUnmatched = pending.slice(0, ASSIGNABLE_ROWS);
  const lines = context?.lines ?? [];
  const outcome = (row: ImportedRow) => {
    if (duplicateLines.has(row.sourceLine)) return say.counts.duplicates;
    if (row.line !== null) return `${lines[row.line]?.item ?? ""} · ${say.matchedBy[row.matchedBy ?? "name"]}`;
    return words.reasons[row.unmatched ?? "noLine"];
  };
  const missingRequired = mapping ? REQUIRED_FIELDS.some((field) => !mapping[field]) : false;
  const toWrite = result ? result.matched.length + result.unmatched.length : 0;

  return (
    <section style={sectionStyle} aria-labelledby="actuals-heading">
      <h2 id="actuals-heading" style={{ margin: 0, fontSize: tokens.fontSizeBase400 }}>
        {say.heading}
      </h2>
      <p style={{ margin: 0 }}>{say.intro}</p>
      {contextError && (
        <MessageBar intent="warning">
          <MessageBarBody>{contextError}</MessageBarBody>
        </MessageBar>
      )}
      <Field label={say.fileLabel} hint={say.chooseFile}>
        <input
          type="file"
          aria-label={say.fileLabel}
          accept=".csv,.txt,.tsv,text/csv,text/plain"
          style={{ ...fullWidth, fontSize: tokens.fontSizeBase200 }}
          disabled={busy}
          onChange={(event) => void choose(event.currentTarget.files?.[0])}
        />
      </Field>
      {reading !== null && <Spinner size="tiny" labelPosition="after" label={say.reading(reading)} />}
      {computed?.error && (
        <MessageBar intent="error">
          <MessageBarBody>{computed.error}</MessageBarBody>
        </MessageBar>
      )}
      {file && headers.length > 0 && (
        <>
          <h3 style={headingStyle}>{say.mappingHeading}</h3>
          <div style={gridStyle}>
            {ACTUAL_FIELDS.map((field: ActualField) => {
              const required = REQUIRED_FIELDS.includes(field);
              const chosen = mapping?.[field] ?? "";
              return (
                <Field key={field} label={sentenceCase(words.fields[field])} required={required}>
                  <Dropdown
                    style={fullWidth}
                    value={chosen || say.notMapped}
                    selectedOptions={[chosen]}
                    onOptionSelect={(_, data) => {
                      const next = { ...(mapping ?? {}), [field]: data.optionValue ?? "" } as ColumnMapping;
                      if (!next[field]) delete next[field];
                      setAssignments({});
                      setMapping(next);
                    }}
                  >
                    {!required && <Option value="">{say.notMapped}</Option>}
                    {headers.map((header) => (
                      <Option key={header} value={header}>
                        {header}
                      </Option>
                    ))}
                  </Dropdown>
                </Field>
              );
            })}
          </div>
          {missingRequired && (
            <MessageBar intent="error">
              <MessageBarBody>{say.required}</MessageBarBody>
            </MessageBar>
          )}
        </>
      )}
      {result && file && (
        <>
          <p style={{ margin: 0, fontSize: tokens.fontSizeBase200 }}>
            {say.fileRead(file.name, result.read, result.encoding.toUpperCase(), result.delimiter === "\t")}
          </p>
          <h3 style={headingStyle}>{say.previewHeading}</h3>
          <table style={tableStyle}>
            <caption style={{ textAlign: "left", fontSize: tokens.fontSizeBase200 }}>
              {say.previewCaption(firstRows.length, result.read)}
            </caption>
            <colgroup>
              <col style={{ width: "9%" }} />
              <col style={{ width: "22%" }} />
              <col style={{ width: "21%" }} />
              <col style={{ width: "26%" }} />
              <col style={{ width: "22%" }} />
            </colgroup>
            <thead>
              <tr>
                <th style={cellStyle}>{say.columns.line}</th>
                <th style={cellStyle}>{say.columns.date}</th>
                <th style={cellStyle}>{say.columns.item}</th>
                <th style={numberStyle}>{say.columns.amount}</th>
                <th style={cellStyle}>{say.columns.result}</th>
              </tr>
            </thead>
            <tbody>
              {firstRows.map((row) => (
                <tr key={row.sourceLine}>
                  <td style={cellStyle}>{row.sourceLine}</td>
                  <td style={cellStyle}>{row.day ?? row.dateText}</td>
                  <td style={cellStyle}>{row.description}</td>
                  <td style={numberStyle}>
                    {money(row) ?? (
                      <span style={{ color: tokens.colorPaletteRedForeground1 }}>
                        {row.amountText} ({say.unreadableAmount})
                      </span>
                    )}
                  </td>
                  <td style={cellStyle}>{outcome(row)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <dl
            aria-label={say.countsNote}
            style={{ ...gridStyle, gridTemplateColumns: "repeat(auto-fill, minmax(110px, 1fr))", margin: 0 }}
          >
            {(
              [
                [say.counts.matched, String(result.matched.length)],
                [say.counts.unmatched, String(result.unmatched.length)],
                [say.counts.duplicates, String(result.duplicates.length)],
                [say.counts.amount, formatMoney(result.amount, 2)],
              ] as const
            ).map(([label, value]) => (
              <div key={label}>
                <dt style={{ fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 }}>{label}</dt>
                <dd style={{ margin: 0, fontWeight: tokens.fontWeightSemibold }}>{value}</dd>
              </div>
            ))}
          </dl>
          <p style={{ margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 }}>
            {say.countsNote} {say.identity(result.identities.reference, result.identities.content)}
          </p>
          {pending.length > 0 && (
            <>
              <h3 style={headingStyle}>{say.unmatchedHeading}</h3>
              <p style={{ margin: 0, fontSize: tokens.fontSizeBase200 }}>{say.unmatchedIntro}</p>
              {shownUnmatched.map((row) => {
                const heading = `${row.sourceLine} · ${row.description || "—"} · ${money(row) ?? row.amountText}`;
                if (!row.amount || !row.day)
                  return (
                    <p key={row.sourceLine} style={{ margin: 0, fontSize: tokens.fontSizeBase200 }}>
                      {heading}: {words.reasons[row.unmatched ?? "noLine"]}
                    </p>
                  );
                const assigned = assignments[row.sourceLine];
                return (
                  <Field key={row.sourceLine} label={heading}>
                    <Dropdown
                      style={fullWidth}
                      aria-label={say.assignLabel(row.sourceLine, row.description)}
                      value={assigned === undefined ? say.leaveUnassigned : (lines[assigned]?.item ?? "")}
                      selectedOptions={[String(assigned ?? -1)]}
                      onOptionSelect={(_, data) => {
                        const line = Number(data.optionValue);
                        const next = { ...assignments };
                        if (line >= 0) next[row.sourceLine] = line;
                        else delete next[row.sourceLine];
                        setAssignments(next);
                      }}
                    >
                      <Option value="-1">{say.leaveUnassigned}</Option>
                      {lines.map((line, index) => (
                        <Option key={index} value={String(index)}>
                          {line.item}
                        </Option>
                      ))}
                    </Dropdown>
                  </Field>
                );
              })}
              {pending.length > ASSIGNABLE_ROWS && (
                <p style={{ margin: 0, fontSize: tokens.fontSizeBase200 }}>
                  {say.moreUnmatched(pending.length - ASSIGNABLE_ROWS)}
                </p>
              )}
            </>
          )}
          <Button
            appearance="primary"
            disabled={busy || reading !== null || missingRequired || !context || toWrite === 0}
            onClick={() => void write()}
          >
            {busy ? say.writing : say.write(toWrite)}
          </Button>
          {toWrite === 0 && !message && <p style={{ margin: 0 }}>{say.nothingToWrite}</p>}
        </>
      )}
      {busy && <Spinner size="tiny" labelPosition="after" label={say.writing} />}
      {message && (
        <MessageBar intent={message.intent}>
          <MessageBarBody>{message.text}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
