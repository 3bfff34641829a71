/** The timeline view, the baselines the add-in keeps and the approval sheet. */
export interface TimelineStrings {
  /** The view. */
  view: {
    heading: string;
    intro: string;
    firstPeriod: string;
    count: string;
    unit: string;
    units: { month: string; week: string };
    profilesHeading: string;
    profiles: { even: string; front: string; back: string; seasonal: string };
    chartLabel: string;
    planLegend: string;
    cumulativeLegend: string;
    writePhasing: string;
    phasingWritten: string;
    approveHeading: string;
    approver: string;
    note: string;
    approve: string;
    approved: string;
    noBaseline: string;
    baselineLine: string;
    varianceHeading: string;
    category: string;
    baseline: string;
    current: string;
    variance: string;
    total: string;
    history: string;
    working: string;
  };
  /** The sheet that keeps the baselines. */
  store: {
    sheetName: string;
    title: string;
    note: string;
    headers: {
      version: string;
      field: string;
      text: string;
      value: string;
      category: string;
      row: string;
      period: string;
    };
  };
  /** The two cells next to the budget's goals. */
  budgetCells: { baselineTotal: string; variance: string };
  budgetCellComments: { baselineTotal: string; variance: string };
  /** After an insertion spread over time: its phasing sheet and execution report. */
  insertedOverTime: (phasingSheet: string, reportSheet: string) => string;
  messages: {
    protectedWorkbook: string;
    readFailed: (why: string) => string;
    approveFailed: (why: string) => string;
    phasingFailed: (why: string) => string;
    storeUnreadable: (sheetName: string) => string;
    /** A phasing sheet or execution report the planner typed on: never replaced. */
    phasingHoldsTyped: (sheetName: string) => string;
  };
  /** The approval sheet. */
  approval: {
    sheetName: string;
    title: string;
    campaign: string;
    version: string;
    approver: string;
    date: string;
    note: string;
    figures: string;
    total: string;
    revenue: string;
    grossMargin: string;
    grossProfit: string;
    roi: string;
    cap: string;
    currentTotal: string;
    varianceNow: string;
    categoriesTitle: string;
    categoryHeaders: { category: string; range: string; amount: string; share: string; status: string };
    status: { low: string; ok: string; high: string };
    linesTitle: string;
    lineHeaders: { category: string; item: string; amount: string; share: string };
    findingsTitle: string;
    noFindings: string;
    moreFindings: string;
    severity: { error: string; warning: string; info: string };
    signaturesTitle: string;
    signatures: { applicant: string; head: string; finance: string; manager: string };
    signature: string;
    signedOn: string;
    liveNote: string;
  };
}

export const timeline: TimelineStrings = {
  view: {
    heading: "Budget over time",
    intro:
      "Spread the budget over months or weeks, write the Phasing sheet, and approve a baseline to compare later edits with.",
    firstPeriod: "First period",
    count: "Number of periods",
    unit: "Period",
    units: { month: "Months", week: "Weeks" },
    profilesHeading: "Spreading by category",
    profiles: { even: "Even", front: "Front-loaded", back: "Back-loaded", seasonal: "Seasonal" },
    chartLabel: "Plan per period and cumulative plan",
    planLegend: "Plan per period",
    cumulativeLegend: "Cumulative",
    writePhasing: "Write phasing sheet",
    phasingWritten: "Phasing written to {sheet}, with its execution report on {report}.",
    approveHeading: "Approve a baseline",
    approver: "Approver",
    note: "Note (optional)",
    approve: "Approve",
    approved: "Version {version} approved; approval sheet: {sheet}.",
    noBaseline: "No baseline yet: approve the budget to freeze it.",
    baselineLine: "Baseline: version {version}, {date}, {approver}",
    varianceHeading: "Variance to baseline",
    category: "Category",
    baseline: "Baseline",
    current: "Now",
    variance: "Variance",
    total: "Total",
    history: "Versions",
    working: "Working…",
  },
  store: {
    sheetName: "Baselines",
    title: "Approved baselines",
    note: "The add-in adds one version per approval to this table and never changes earlier ones; do not edit it. Rows: a version's details, its periods, its lines and each line's amount per period.",
    headers: {
      version: "Version",
      field: "Field",
      text: "Text",
      value: "Value",
      category: "Category",
      row: "Row",
      period: "Period",
    },
  },
  budgetCells: { baselineTotal: "Baseline total", variance: "Variance to baseline" },
  budgetCellComments: {
    baselineTotal: "The latest approved baseline's total, as approved.",
    variance: "Budget_Total − Budget_BaselineTotal: positive is more than approved.",
  },
  insertedOverTime: (phasing, report) => `Phased on sheet "${phasing}", with the execution report on "${report}".`,
  messages: {
    protectedWorkbook:
      "The workbook's structure is protected: unprotect it (Review › Protect Workbook) to approve the budget or write the phasing sheet.",
    readFailed: (why) => `Excel could not read the budget sheet and its baselines: ${why}. Nothing was changed.`,
    approveFailed: (why) => `Excel could not write the approval: ${why}. Nothing was approved.`,
    phasingFailed: (why) => `Excel could not write the phasing sheet: ${why}. Nothing was changed.`,
    storeUnreadable: (sheetName) =>
      `The baselines kept on sheet "${sheetName}" name another budget table: approve again from that budget.`,
    phasingHoldsTyped: (sheetName) =>
      `Sheet "${sheetName}" holds figures or explanations typed on it: it is left as it is, and no phasing was written. Change the spans, profiles and weights on the phasing sheet itself (it re-phases by recalculation), or rename that sheet to write a new one.`,
  },
  approval: {
    sheetName: "Budget approval",
    title: "Budget approval",
    campaign: "Campaign",
    version: "Version",
    approver: "Approved by",
    date: "Date",
    note: "Note",
    figures: "Goals and return",
    total: "Budget total",
    revenue: "Revenue target",
    grossMargin: "Gross margin",
    grossProfit: "Gross profit",
    roi: "ROI on gross profit",
    cap: "Budget cap",
    currentTotal: "Budget total now (live)",
    varianceNow: "Variance to this approval (live)",
    categoriesTitle: "By category",
    categoryHeaders: { category: "Category", range: "Recommended", amount: "Amount", share: "Share", status: "Status" },
    status: { low: "Below range", ok: "In range", high: "Above range" },
    linesTitle: "Largest lines",
    lineHeaders: { category: "Category", item: "Item", amount: "Amount", share: "Share" },
    findingsTitle: "Health findings open at approval",
    noFindings: "None.",
    moreFindings: "…and {count} more (see the health check).",
    severity: { error: "Error", warning: "Warning", info: "Note" },
    signaturesTitle: "Signatures",
    signatures: {
      applicant: "Applicant",
      head: "Department head",
      finance: "Finance",
      manager: "General manager",
    },
    signature: "Signature",
    signedOn: "Date",
    liveNote: "Figures are frozen as approved; only the two live rows follow the budget sheet.",
  },
};
