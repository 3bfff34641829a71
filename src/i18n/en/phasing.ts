/** A line's spreading profile, as the model names it (ProfileKind). */
export type ProfileKey = "even" | "front" | "back" | "custom" | "seasonal";
/** A period unit, as the model names it (PeriodUnit). */
export type PeriodUnitKey = "month" | "week";

/** The phasing sheet's words. Profile and unit words are also what a planner types in their cells. */
export interface PhasingLabels {
  sheetName: string;
  title: string;
  subtitle: string;
  settings: {
    firstPeriod: string;
    unit: string;
    periodCount: string;
    currentPeriod: string;
    phasedTotal: string;
    budgetTotal: string;
    planToDate: string;
    actualToDate: string;
    executionRate: string;
  };
  planTitle: string;
  periodNumber: string;
  headers: {
    category: string;
    item: string;
    budget: string;
    first: string;
    last: string;
    profile: string;
    check: string;
    total: string;
  };
  profiles: Record<ProfileKey, string>;
  units: Record<PeriodUnitKey, string>;
  periodTotal: string;
  cumulativePlan: string;
  actualTitle: string;
  /** Above the working columns of the actuals that count: imported, else typed. */
  countedTitle: string;
  actualTotal: string;
  cumulativeActual: string;
  customTitle: string;
  calendarTitle: string;
  calendarHeaders: { month: string; weight: string };
  months: readonly string[];
  workingTitle: string;
  workingNote: string;
  weightsTitle: string;
  weightSum: string;
  floorsTitle: string;
  fen: string;
  remaindersTitle: string;
  missingFen: string;
  /** What the check column says of a line that cannot be spread. */
  checks: { span: string; profile: string; negative: string; zero: string };
  validations: {
    profile: { title: string; message: string };
    unit: { title: string; message: string };
    period: { title: string; message: string };
    weight: { title: string; message: string };
  };
  nameComments: {
    periodCount: string;
    firstPeriod: string;
    periodUnit: string;
    currentPeriod: string;
    phasedTotal: string;
    planToDate: string;
    actualToDate: string;
    executionRate: string;
  };
}

export const phasing: PhasingLabels = {
  sheetName: "Phasing",
  title: "Phasing: the budget over time",
  subtitle:
    "Each line is spread from its first to its last period by weights: even 1:1:1; front-loaded n…1; back-loaded 1…n; custom by the custom weights below; seasonal by the calendar weight of the month each period starts in. Every period is floored to the fen, then the missing fen go one by one to the periods with the largest remainders (the earlier period on a tie), so a line's periods add up exactly to its budget. Yellow cells are inputs.",
  settings: {
    firstPeriod: "First period",
    unit: "Period unit",
    periodCount: "Periods",
    currentPeriod: "Current period",
    phasedTotal: "Phased total",
    budgetTotal: "Budget total (budget sheet)",
    planToDate: "Plan to date",
    actualToDate: "Actual to date",
    executionRate: "Execution rate",
  },
  planTitle: "Phased plan",
  periodNumber: "Period",
  headers: {
    category: "Category",
    item: "Item",
    budget: "Budget",
    first: "First",
    last: "Last",
    profile: "Profile",
    check: "Check",
    total: "Total",
  },
  profiles: { even: "Even", front: "Front-loaded", back: "Back-loaded", custom: "Custom", seasonal: "Seasonal" },
  units: { month: "Month", week: "Week" },
  periodTotal: "Total per period",
  cumulativePlan: "Cumulative plan",
  actualTitle: "Actual spend (typed per period)",
  countedTitle: "Actual counted: the Actuals sheet's paid rows of the line in the period, else the typed figure",
  actualTotal: "Actual per period",
  cumulativeActual: "Cumulative actual",
  customTitle: "Custom weights (for lines whose profile is Custom; cells outside the span do not count)",
  calendarTitle: "Seasonal calendar: ",
  calendarHeaders: { month: "Month", weight: "Weight" },
  months: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
  workingTitle: "Working (do not edit)",
  workingNote:
    "Weights, each period's share floored to the fen (in fen) and what flooring left (in millionths of a fen); the missing fen go to the largest remainders.",
  weightsTitle: "Weights",
  weightSum: "Weight sum",
  floorsTitle: "Floored shares (fen)",
  fen: "Budget (fen)",
  remaindersTitle: "Remainders (millionths of a fen)",
  missingFen: "Missing fen",
  checks: {
    span: "First and last must be whole periods from 1 to the number of periods, first no later than last",
    profile: "Profile must be Even, Front-loaded, Back-loaded, Custom or Seasonal",
    negative: "Weights cannot be negative",
    zero: "The weights within the span add up to 0",
  },
  validations: {
    profile: { title: "Profile", message: "Even / Front-loaded / Back-loaded / Custom / Seasonal" },
    unit: { title: "Period unit", message: "Month / Week" },
    period: { title: "Period", message: "Enter a whole period from 1 to the number of periods." },
    weight: { title: "Weight", message: "Enter 0 or a positive number; only the weights' ratios matter." },
  },
  nameComments: {
    periodCount: "Number of periods",
    firstPeriod: "First day of the first period",
    periodUnit: "Period unit: month or week",
    currentPeriod: "The period execution is measured to",
    phasedTotal: "Every period of every line: exactly the budget total, to the fen",
    planToDate: "Plan of the periods up to the current one",
    actualToDate: "Actual spend of the periods up to the current one",
    executionRate: "Execution rate = actual to date ÷ plan to date",
  },
};
