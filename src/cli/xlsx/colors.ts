/** "#FFF2CC" as the opaque ARGB "FFFFF2CC" that spreadsheet files store. */
export function argb(hexColor: string): string {
  const match = /^#?([0-9a-f]{6})$/i.exec(hexColor);
  if (!match) throw new Error(`not a #RRGGBB color: ${hexColor}`);
  return `FF${match[1].toUpperCase()}`;
}
