/**
 * A width in characters of the default font, as Excel's column width dialog shows it, in points as
 * `format.columnWidth` takes it. Excel's default font (Calibri 11) has a 7-pixel maximum digit width
 * and a column adds 5 pixels of padding: 8.43 characters = 64 px = 48 pt, Excel's default width.
 */
export function columnWidthPoints(chars: number): number {
  const pixels = Math.trunc(chars * 7 + 5);
  return (pixels * 72) / 96;
}
