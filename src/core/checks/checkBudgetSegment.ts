import type { Finding } from "../findings/finding";
import type { CheckContext } from "./checkContext";
import { fieldFinding } from "./fieldFinding";

/** The segment whose initiatives report a budget (the report's budget figure is theirs alone). */
export const BUDGET_SEGMENT = "Samstyring";

/** A Budsjett on an initiative outside Samstyring: the report would leave it out of the total without a word. */
export function checkBudgetSegment(ctx: CheckContext): Finding[] {
  const findings: Finding[] = [];
  for (const r of ctx.register.reports) {
    if (r.budget === undefined || r.id === undefined) continue;
    const segment = ctx.initiatives.get(r.id)?.segment;
    if (segment === undefined || segment === BUDGET_SEGMENT) continue;
    findings.push(fieldFinding(ctx, "reports", r.row, "budget", "cell/budget-segment", "error", { params: { segment } }));
  }
  return findings;
}
