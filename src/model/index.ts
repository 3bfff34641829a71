export * from "./budget";
export * from "./categories";
export * from "./decimal";
export * from "./errors";
export * from "./funnel";
export * from "./presets";
export * from "./roi";
export * from "./totals";
