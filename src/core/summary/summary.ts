import { countBySeverity, type Finding } from "../findings/finding";
import type { Register } from "../register/model";
import type { Period } from "../register/period";
import { choosePeriods } from "./choosePeriods";
import { buildTimelines } from "./phases";
import { summarizeInitiatives, type InitiativesSummary } from "./summarizeInitiatives";

/** The summary JSON, format 1 (docs/contracts: keys are fixed). */
export interface Summary {
  format: 1;
  period: Period | null;
  previousPeriod: Period | null;
  initiatives: InitiativesSummary;
  findings: { errors: number; warnings: number };
}

/** Every figure of the portfolio report for one period, from a read register. */
export function summarize(register: Register, findings: readonly Finding[], chosen?: Period): Summary {
  const { period, previousPeriod } = choosePeriods(register, chosen);
  const timelines = buildTimelines(register);
  return {
    format: 1,
    period: period ?? null,
    previousPeriod: previousPeriod ?? null,
    initiatives: summarizeInitiatives(register, period, previousPeriod, timelines),
    findings: countBySeverity(findings),
  };
}
