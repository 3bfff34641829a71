/*
 * The keys the tables are indexed by. They name things the other layers define (a category's status, a
 * finding's severity, a scenario, a table column…); the tables sit below every layer and import nothing, so
 * the keys are spelled here, and each use of a table by a key of the other layer checks that they agree.
 */

export type StatusKey = "low" | "ok" | "high";
export type SeverityKey = "error" | "warning" | "info";
export type ScenarioKey = "conservative" | "base" | "optimistic";
export type CategoryKey = "benefit" | "promotion" | "system" | "labor" | "fulfillment" | "admin" | "contingency";
/** The default names of plans, in the order they are given. */
export type PlanNameKey = "conservative" | "standard" | "aggressive" | "optimised";
export type ScenarioRowKey = "deals" | "total" | "revenue" | "grossProfit" | "roi" | "breakEvenRevenue";
export type FieldProblemKey = "number" | "whole" | "negative" | "large" | "rate";
export type PlanFigureKey = "total" | "deals" | "revenue" | "grossProfit" | "roi";
export type TableColumnKey =
  | "category"
  | "item"
  | "basis"
  | "quantity"
  | "unitCost"
  | "times"
  | "budget"
  | "share"
  | "actual"
  | "variance"
  | "owner"
  | "note";
export type PlanStoreColumnKey =
  | "plan"
  | "field"
  | "name"
  | "value"
  | "category"
  | "basis"
  | "quantity"
  | "unitCost"
  | "times"
  | "actual"
  | "owner"
  | "note"
  | "driver";
export type HostReasonKey =
  | "accessDenied"
  | "cellEditMode"
  | "nameTaken"
  | "insertDeleteConflict"
  | "conflict"
  | "inactiveWorkbook"
  | "responseTooLarge"
  | "tooLarge"
  | "unsupported";
