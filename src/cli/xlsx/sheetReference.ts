/** A sheet name as formulas and defined names write it: quoted unless a plain identifier. */
export function quotedSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

/** `'预算表'!$O$12` or `Budget!$O$12` split into the sheet name and the reference after "!". */
export function splitSheetReference(formula: string): { sheetName: string; reference: string } {
  const match = /^(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(formula.trim());
  if (!match) throw new Error(`not a sheet reference: ${formula}`);
  return { sheetName: match[1] !== undefined ? match[1].replace(/''/g, "'") : match[2], reference: match[3] };
}
