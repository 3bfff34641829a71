import type { Decimal } from "../model/decimal";
import type { CellContent } from "./plan";

export const text = (value: string): CellContent => ({ kind: "text", text: value });
export const number = (value: Decimal): CellContent => ({ kind: "number", value });
export const formula = (f: string, result: Decimal | string): CellContent => ({ kind: "formula", formula: f, result });
/** A figure the model may not have (no goal given): a blank result. */
export const optional = (value: Decimal | null): Decimal | string => value ?? "";
