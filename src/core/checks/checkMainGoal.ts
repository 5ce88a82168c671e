import type { Finding } from "../findings/finding";
import { isActive, type CheckContext } from "./checkContext";
import { fieldFinding, hasColumn, isFieldBlank } from "./fieldFinding";

/** Hovedmål is required for initiatives active in the period: the strategic-goal figure counts them by it. */
export function checkMainGoal(ctx: CheckContext): Finding[] {
  const layout = ctx.register.layouts.initiatives;
  if (!hasColumn(layout, "mainGoal")) return [];
  const findings: Finding[] = [];
  for (const i of ctx.register.initiatives) {
    // Only the first row of an ID is the initiative; later ones are duplicates, reported as such.
    if (i.id === undefined || ctx.initiatives.get(i.id) !== i || !isActive(ctx, i.id)) continue;
    if (isFieldBlank(ctx, "initiatives", i.row, "mainGoal")) {
      findings.push(fieldFinding(ctx, "initiatives", i.row, "mainGoal", "cell/main-goal-required", "error", paramsOf(ctx)));
    }
  }
  return findings;
}

function paramsOf(ctx: CheckContext): { params?: Record<string, string> } {
  return ctx.period ? { params: { period: ctx.period } } : {};
}
