/** The Phasing sheet's settings the health rules over time read, and what a bad one is told. */
export interface PeriodHealthLabels {
  settings: {
    campaignFirst: string;
    campaignLast: string;
    tolerance: string;
  };
  nameComments: {
    campaignFirst: string;
    campaignLast: string;
    tolerance: string;
  };
  /** A setting on the Phasing sheet the health rules cannot use: its sheet and cell, and what it holds. */
  badSetting: (sheet: string, cell: string, label: string, typed: string, reason: string) => string;
  reasons: {
    tolerance: string;
    campaignPeriod: (count: number) => string;
    campaignOrder: string;
  };
}

export const periodHealth: PeriodHealthLabels = {
  settings: {
    campaignFirst: "Campaign from period",
    campaignLast: "Campaign to period",
    tolerance: "Execution tolerance (±)",
  },
  nameComments: {
    campaignFirst: "The campaign's first period: spend before it is flagged by the health check",
    campaignLast: "The campaign's last period: spend after it is flagged by the health check",
    tolerance: "How far execution to date may stray from plan before the health check flags it",
  },
  badSetting: (sheet, cell, label, typed, reason) =>
    `${label} on the ${sheet} sheet (${cell}) is "${typed}". ${reason}`,
  reasons: {
    tolerance: "The tolerance must be a percentage from 0% to 100%.",
    campaignPeriod: (count) => `The campaign's periods must be whole numbers from 1 to ${count}.`,
    campaignOrder: "The campaign cannot end before it starts.",
  },
};
