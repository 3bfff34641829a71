/** The largest request a band of rows makes: well under Excel on the web's 5 MB. */
export const BAND_BYTES = 2 * 1024 * 1024;

/** A row's size in the request, in UTF-8 bytes of its JSON, with its two number formats. */
function rowBytes(row: readonly (string | number)[]): number {
  let bytes = 2 + 40;
  for (const cell of row) {
    if (typeof cell === "number") bytes += String(cell).length + 1;
    else {
      bytes += 3;
      for (let i = 0; i < cell.length; i++) {
        const code = cell.charCodeAt(i);
        bytes += code < 0x20 || code === 0x22 || code === 0x5c ? 6 : code < 0x80 ? 1 : code < 0x800 ? 2 : 3;
      }
    }
  }
  return bytes;
}

/** The rows in bands, each within `limit` bytes of request: one sync each. */
export function rowBands<T extends readonly (string | number)[]>(rows: readonly T[], limit = BAND_BYTES): T[][] {
  const bands: T[][] = [];
  let band: T[] = [];
  let size = 0;
  for (const row of rows) {
    const bytes = rowBytes(row);
    if (band.length > 0 && size + bytes > limit) {
      bands.push(band);
      band = [];
      size = 0;
    }
    band.push(row);
    size += bytes;
  }
  if (band.length > 0) bands.push(band);
  return bands;
}
