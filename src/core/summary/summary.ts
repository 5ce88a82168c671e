import { countBySeverity, type Finding } from "../findings/finding";
import type { Register } from "../register/model";
import type { Period } from "../register/period";
import { choosePeriods } from "./choosePeriods";
import { buildTimelines } from "../register/timelines";
import { summarizeBudget, type BudgetSummary } from "./summarizeBudget";
import { summarizeCosts, type CostTable } from "./summarizeCosts";
import { summarizeDependencies, type DependenciesSummary } from "./summarizeDependencies";
import { summarizeGoals, type SustainabilityGoalsSummary } from "./summarizeGoals";
import { summarizeInitiatives, type InitiativesSummary } from "./summarizeInitiatives";
import { summarizeStatus, type StatusSummary } from "./summarizeStatus";

/** The summary JSON, format 1 (docs/report.md, "Sammendraget som JSON": keys are fixed, in this order). */
export interface Summary {
  format: 1;
  period: Period | null;
  previousPeriod: Period | null;
  initiatives: InitiativesSummary;
  status: StatusSummary;
  risk: StatusSummary;
  dependencies: DependenciesSummary;
  strategicGoals: Record<string, number>;
  sustainabilityGoals: SustainabilityGoalsSummary;
  budget: BudgetSummary;
  operatingCosts: CostTable;
  findings: { errors: number; warnings: number };
}

/** Every figure of the portfolio report for one period, from a read register. */
export function summarize(register: Register, findings: readonly Finding[], chosen?: Period): Summary {
  const { period, previousPeriod } = choosePeriods(register, chosen);
  const timelines = buildTimelines(register);
  const goals = summarizeGoals(register, period, timelines);
  return {
    format: 1,
    period: period ?? null,
    previousPeriod: previousPeriod ?? null,
    initiatives: summarizeInitiatives(register, period, previousPeriod, timelines),
    status: summarizeStatus(register, "status", period, previousPeriod, timelines),
    risk: summarizeStatus(register, "risk", period, previousPeriod, timelines),
    dependencies: summarizeDependencies(register, period),
    strategicGoals: goals.strategicGoals,
    sustainabilityGoals: goals.sustainabilityGoals,
    budget: summarizeBudget(register, period, timelines),
    operatingCosts: summarizeCosts(register),
    findings: countBySeverity(findings),
  };
}
