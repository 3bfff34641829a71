/** Number formats the sheet uses; money in 元 with two decimals, rates as percentages. */
export const MONEY_FORMAT = '"¥"#,##0.00';
export const PERCENT_FORMAT = "0.00%";
export const RATIO_FORMAT = "0.00";
export const GENERAL_FORMAT = "General";

export const COLORS = {
  input: "#FFF2CC",
  header: "#DDEBF7",
  muted: "#595959",
  lowFill: "#FFEB9C",
  lowFont: "#7F6000",
  okFill: "#C6EFCE",
  okFont: "#006100",
  highFill: "#FFC7CE",
  highFont: "#9C0006",
} as const;

export const DEFAULT_TABLE_STYLE = "TableStyleMedium2";
