/** An Excel serial day (1900 system): 1 is 1900-01-01, 25569 is 1970-01-01. */
const EXCEL_EPOCH_OFFSET_DAYS = 25_569;
const MS_PER_DAY = 86_400_000;
/** Serials from 1990 to 2100: a bare number outside is not taken for a date. */
const FIRST_SERIAL = 32_874;
const LAST_SERIAL = 73_051;

const pad = (n: number) => String(n).padStart(2, "0");

function isoDay(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** An Excel serial day as 2026-05-03; the time of day is dropped. */
export function serialToIsoDay(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < FIRST_SERIAL || serial > LAST_SERIAL) return null;
  const date = new Date((Math.floor(serial) - EXCEL_EPOCH_OFFSET_DAYS) * MS_PER_DAY);
  return isoDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

const SEPARATED = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[\sT].*)?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const SERIAL = /^\d{5}(?:\.\d+)?$/;

/**
 * A date as exports write it, as an ISO day: 2026-05-03, 2026/5/3, 2026.5.3, 2026年5月3日, 20260503,
 * with or without a time after it, or an Excel serial day (46145). Null when it is none of them or not
 * a calendar day.
 */
export function parseDay(input: string | number): string | null {
  if (typeof input === "number") return serialToIsoDay(input);
  const text = input.normalize("NFKC").trim();
  const match = SEPARATED.exec(text) ?? COMPACT.exec(text);
  if (match) return isoDay(Number(match[1]), Number(match[2]), Number(match[3]));
  if (SERIAL.test(text)) return serialToIsoDay(Number(text));
  return null;
}

/** The month a day falls in, as a month axis labels its periods: 2026-05. */
export function monthOf(day: string): string {
  return day.slice(0, 7);
}

/** An ISO day as an Excel serial day, for a date cell. */
export function isoDayToSerial(day: string): number {
  return Date.parse(`${day}T00:00:00Z`) / MS_PER_DAY + EXCEL_EPOCH_OFFSET_DAYS;
}
