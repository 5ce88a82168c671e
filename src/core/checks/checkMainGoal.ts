import type { Finding } from "../findings/finding";
import { breachedRules } from "../register/meanings";
import type { CheckContext } from "./checkContext";
import { fieldFinding, hasColumn, isFieldBlank } from "./fieldFinding";

/** Hovedmål is required for initiatives active in the period: the strategic-goal figure counts them by it. */
export function checkMainGoal(ctx: CheckContext): Finding[] {
  if (!hasColumn(ctx.register.layouts.initiatives, "mainGoal")) {
    return [];
  }
  const findings: Finding[] = [];
  for (const i of ctx.register.initiatives) {
    // Only the first row of an ID is the initiative; later ones are duplicates, reported as such.
    if (i.id === undefined || ctx.initiatives.get(i.id) !== i) {
      continue;
    }
    // The phase is the initiative's as of the period; the other rules are judged row by row in Rapporter.
    const facts = { phase: ctx.phases.get(i.id), period: ctx.period };
    for (const b of breachedRules(facts, (field) => field === "mainGoal" && isFieldBlank(ctx, "initiatives", i.row, "mainGoal"))) {
      findings.push(fieldFinding(ctx, "initiatives", i.row, b.field, b.type, "error", b) as Finding);
    }
  }
  return findings;
}
