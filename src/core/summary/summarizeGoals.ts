import type { Register } from "../register/model";
import type { Period } from "../register/period";
import { activeIn, buildTimelines, type Timeline } from "../register/timelines";
import { zeroCounts } from "./zeroCounts";

export interface SustainabilityGoalsSummary {
  /** Active initiatives that list at least one goal. */
  reported: number;
  /** Active initiatives in all. */
  of: number;
  /** Goal → active initiatives listing it; an initiative counts once per goal. */
  byGoal: Record<string, number>;
}

export interface GoalsSummary {
  /** Hovedmål → active initiatives (Figur 6). */
  strategicGoals: Record<string, number>;
  sustainabilityGoals: SustainabilityGoalsSummary;
}

/** Active initiatives by main strategic goal (Figur 6) and by sustainability goal (Figur 7). */
export function summarizeGoals(
  register: Register,
  period: Period | undefined,
  timelines: Map<string, Timeline> = buildTimelines(register),
): GoalsSummary {
  const strategicGoals = zeroCounts(register.codes["Strategisk mål"].map((c) => c.code));
  const byGoal = zeroCounts(register.codes.Bærekraftsmål.map((c) => c.code));
  const active = activeIn(timelines, period);
  let reported = 0;
  for (const { initiative } of active) {
    const main = initiative.mainGoal;
    if (main !== undefined && main in strategicGoals) {
      strategicGoals[main]++;
    }
    const goals = new Set(initiative.sustainabilityGoals.filter((g) => g in byGoal));
    if (goals.size > 0) {
      reported++;
    }
    for (const g of goals) {
      byGoal[g]++;
    }
  }
  return { strategicGoals, sustainabilityGoals: { reported, of: active.length, byGoal } };
}
