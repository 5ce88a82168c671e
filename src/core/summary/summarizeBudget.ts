import type { Register } from "../register/model";
import type { Period } from "../register/period";
import { BUDGET_SEGMENT } from "../register/meanings";
import { activeIn, buildTimelines, reportIn, type Timeline } from "../register/timelines";
import { sumAmounts } from "./sumAmounts";

export interface BudgetSummary {
  segment: string;
  /** MNOK, unrounded. */
  total: number;
}

/** The sum of Budsjett over the active Samstyring initiatives' rows of the period. */
export function summarizeBudget(
  register: Register,
  period: Period | undefined,
  timelines: Map<string, Timeline> = buildTimelines(register),
): BudgetSummary {
  const budgets = activeIn(timelines, period)
    .filter((t) => t.initiative.segment === BUDGET_SEGMENT)
    .map((t) => reportIn(t, period)?.budget ?? 0);
  return { segment: BUDGET_SEGMENT, total: sumAmounts(budgets) };
}
