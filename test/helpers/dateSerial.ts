const ISO_DATE = /^\d{4}-\d{2}-\d{2}T00:00:00\.000Z$/;

/** A date-formatted result that ExcelJS reads as an ISO date: back to its date serial, as a plan carries it. */
export function dateSerial(value: unknown): unknown {
  return typeof value === "string" && ISO_DATE.test(value)
    ? (Date.parse(value) - Date.UTC(1899, 11, 30)) / 86_400_000
    : value;
}
