/** Zero-based row and column of a cell. */
export interface CellRef {
  row: number;
  col: number;
}

export function columnLetter(col: number): string {
  let letters = "";
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

export function columnIndex(letters: string): number {
  let index = 0;
  for (const ch of letters.toUpperCase()) index = index * 26 + (ch.charCodeAt(0) - 64);
  return index - 1;
}

/** "B5" for { row: 4, col: 1 }; absolute "$B$5" on request. */
export function a1(ref: CellRef, absolute = false): string {
  const dollar = absolute ? "$" : "";
  return `${dollar}${columnLetter(ref.col)}${dollar}${ref.row + 1}`;
}

export function rangeA1(from: CellRef, to: CellRef, absolute = false): string {
  return `${a1(from, absolute)}:${a1(to, absolute)}`;
}

export function parseA1(address: string): CellRef {
  const match = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(address.trim());
  if (!match) throw new Error(`not a cell address: ${address}`);
  return { row: Number(match[2]) - 1, col: columnIndex(match[1]) };
}
