import {
  Button,
  Dropdown,
  Field,
  MessageBar,
  MessageBarBody,
  Option,
  ProgressBar,
  Spinner,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useRef, useState, type CSSProperties } from "react";
import { actualsFileStrings, actualsStrings, type Lang } from "../../i18n";
import { headRecords, type ActualsInput, type ImportedRow } from "../../model/actuals/importActuals";
import type { SheetRows, XlsxBook } from "../../model/actuals/xlsxSheet";
import {
  ACTUAL_FIELDS,
  REQUIRED_FIELDS,
  normalise,
  type ActualField,
  type ColumnMapping,
} from "../../model/actuals/mapping";
import { BudgetInputError } from "../../model/errors";
import { formatMoney } from "../../model/format";
import { previewImportInChunks, type ActualsContext, type ActualsPreview } from "../../workbook/actuals";
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
function fileHeaders(input: ActualsInput, mapping: ColumnMapping | null): string[] {
  const head = headRecords(input, HEAD_LINES);
  const wanted = mapping ? normalise(mapping.date) : null;
  const row = head.find((record) => wanted !== null && record.some((cell) => normalise(cell) === wanted)) ?? head[0];
  return (row ?? []).filter((header) => header.trim() !== "");
}

/** A mapping's columns as one text, to compare two mappings. */
const mappingKey = (mapping: ColumnMapping) => JSON.stringify(ACTUAL_FIELDS.map((field) => mapping[field] ?? ""));

/** A field's name as a label: "date" → "Date". */
const sentenceCase = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Lets the pane paint (the progress) between chunks of a long piece of work. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** A read given up because the file, the columns or the workbook changed under it. */
class Superseded extends Error {}

interface ChosenFile {
  name: string;
  /** The CSV file's bytes, or the chosen sheet's rows; null for a sheet that holds none. */
  input: ActualsInput | null;
  /** An .xlsx file: its sheets, the one read. */
  workbook?: { book: XlsxBook; sheets: string[]; sheet: string };
}

/** Whether a file is to be opened as a workbook: by its name, or its first bytes (a zip, an Office compound file). */
const isWorkbookFile = (name: string, bytes: Uint8Array) =>
  /\.xlsx$/i.test(name) || (bytes[0] === 0x50 && bytes[1] === 0x4b) || (bytes[0] === 0xd0 && bytes[1] === 0xcf);

/** How far the file's rows have been read and matched: a bar and the rows in words. */
export function ImportProgress({ lang, done, total }: { lang: Lang; done: number; total: number }) {
  const text = actualsFileStrings(lang).pane.progress(done, total);
  return (
    <Field validationMessage={text} validationState="none">
      <ProgressBar value={total === 0 ? 0 : done / total} max={1} aria-label={text} thickness="large" />
    </Field>
  );
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
  const [reading, setReading] = useState<{ done: number; total: number } | null>(null);
  const [opening, setOpening] = useState(false);
  // What the shown preview was read with: the columns it recognised are not a reason to read it again.
  const shown = useRef<{ file: ChosenFile; context: ActualsContext; assignments: object; mapping: string } | null>(
    null,
  );
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
    if (!file?.input || !context) {
      setComputed(null);
      return;
    }
    const input = file.input;
    const last = shown.current;
    if (
      last?.file === file &&
      last.context === context &&
      last.assignments === assignments &&
      mapping &&
      last.mapping === mappingKey(mapping)
    )
      return;
    let live = true;
    setReading({ done: 0, total: 0 });
    // The rows are matched a chunk at a time, the pane repainting between chunks; a read the planner
    // has moved on from stops at its next pause.
    const pause = () =>
      nextFrame().then(() => {
        if (!live) throw new Superseded();
      });
    void pause()
      .then(() =>
        previewImportInChunks(
          context,
          { fileName: file.name, bytes: input, assignments, ...(mapping ? { mapping } : {}) },
          (done, total) => {
            if (live) setReading({ done, total });
          },
          { pause },
        ),
      )
      .then(
        (preview) => {
          if (!live) return;
          shown.current = { file, context, assignments, mapping: mappingKey(preview.mapping) };
          setComputed({ preview, error: null });
          if (!mapping) setMapping(preview.mapping);
          setReading(null);
        },
        (error: unknown) => {
          if (!live || error instanceof Superseded) return;
          setComputed({ preview: null, error: errorText(error, lang) });
          setReading(null);
        },
      );
    return () => {
      live = false;
    };
  }, [file, context, mapping, assignments, lang]);

  const headers = useMemo(() => {
    if (!file?.input) return [];
    try {
      return fileHeaders(file.input, mapping);
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
    if (!isWorkbookFile(chosen.name, bytes)) {
      setFile({ name: chosen.name, input: bytes });
      return;
    }
    // The workbook reader is loaded only now, when an .xlsx is chosen.
    setFile(null);
    setOpening(true);
    try {
      const { actualsFileKind, openXlsx } = await import(
        /* webpackChunkName: "actuals-xlsx" */ "../../model/actuals/xlsxSheet"
      );
      if (actualsFileKind(bytes) === "csv") {
        setFile({ name: chosen.name, input: bytes });
        return;
      }
      const book = await openXlsx(bytes);
      // The first sheet that holds rows, else the first.
      let rows: SheetRows | null = null;
      for (const sheet of book.sheets) {
        const read = await book.rows(sheet);
        if (read.records.length > 0) {
          rows = read;
          break;
        }
      }
      if (!rows)
        throw new BudgetInputError(
          "value",
          actualsFileStrings.both((w) => w.errors.emptyWorkbook),
        );
      setFile({ name: chosen.name, input: rows, workbook: { book, sheets: book.sheets, sheet: rows.sheet } });
    } catch (error) {
      setMessage({ intent: "error", text: errorText(error, lang) });
    } finally {
      setOpening(false);
    }
  };

  const chooseSheet = async (sheet: string) => {
    if (!file?.workbook) return;
    const { book, sheets } = file.workbook;
    setMessage(null);
    setMapping(null);
    setAssignments({});
    try {
      const rows = await book.rows(sheet);
      if (rows.records.length === 0)
        throw new BudgetInputError(
          "value",
          actualsFileStrings.both((w) => w.errors.emptySheet(sheet)),
        );
      setFile({ name: file.name, input: rows, workbook: { book, sheets, sheet } });
    } catch (error) {
      setFile({ name: file.name, input: null, workbook: { book, sheets, sheet } });
      setMessage({ intent: "error", text: errorText(error, lang) });
    }
  };

  const write = async () => {
    if (!actuals || !context || !file?.input) return;
    const input = file.input;
    setBusy(true);
    setMessage(null);
    try {
      const result = await actuals.write(context.sheetId, {
        fileName: file.name,
        bytes: input,
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
          accept=".csv,.txt,.tsv,.xlsx,text/csv,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          style={{ ...fullWidth, fontSize: tokens.fontSizeBase200 }}
          disabled={busy}
          onChange={(event) => void choose(event.currentTarget.files?.[0])}
        />
      </Field>
      {opening && <Spinner size="tiny" labelPosition="after" label={actualsFileStrings(lang).pane.opening} />}
      {file?.workbook && file.workbook.sheets.length > 1 && (
        <Field label={actualsFileStrings(lang).pane.sheetLabel}>
          <Dropdown
            style={fullWidth}
            value={file.workbook.sheet}
            selectedOptions={[file.workbook.sheet]}
            disabled={busy}
            onOptionSelect={(_, data) => {
              if (data.optionValue !== undefined && data.optionValue !== file.workbook?.sheet)
                void chooseSheet(data.optionValue);
            }}
          >
            {file.workbook.sheets.map((sheet) => (
              <Option key={sheet} value={sheet}>
                {sheet}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}
      {reading !== null && <ImportProgress lang={lang} done={reading.done} total={reading.total} />}
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
            {result.sheet !== undefined
              ? actualsFileStrings(lang).pane.sheetRead(file.name, result.sheet, result.read)
              : say.fileRead(file.name, result.read, result.encoding.toUpperCase(), result.delimiter === "\t")}
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
