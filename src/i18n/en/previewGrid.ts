/** What the preview's grid says when it refuses an entry or cannot go where the name box says, as Excel would. */
export interface PreviewGridStrings {
  /** Excel's own words when a cell's data validation refuses what was typed. */
  validationRefused: string;
  retry: string;
  cancel: string;
  ok: string;
  /** The name box was given something that is neither a cell, a range nor a defined name. */
  nameNotFound: (typed: string) => string;
  /** The button in a list cell that opens its values. */
  pickFromList: (address: string) => string;
}

export const previewGrid: PreviewGridStrings = {
  validationRefused: "This value doesn't match the data validation restrictions defined for this cell.",
  retry: "Retry",
  cancel: "Cancel",
  ok: "OK",
  nameNotFound: (typed) =>
    `"${typed}" is not a cell, a range or a name defined in this workbook. Type an address such as B3 or a defined name such as Budget_Total.`,
  pickFromList: (address) => `Values allowed in ${address}`,
};
