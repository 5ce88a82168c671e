import type { Finding } from "../findings/finding";
import { needsReason } from "../register/meanings";
import { periodEnd } from "../register/period";
import type { CheckContext } from "./checkContext";
import { fieldFinding } from "./fieldFinding";

/**
 * A Gul or Rød dependency of the period whose Frist lies before the period's
 * end: the deadline has passed, or will, unmet. Only the period's rows are
 * judged; earlier periods are history nobody can fix.
 */
export function checkDeadlines(ctx: CheckContext): Finding[] {
  const { period } = ctx;
  if (period === undefined) {
    return [];
  }
  const end = periodEnd(period);
  const findings: Finding[] = [];
  for (const d of ctx.register.dependencies) {
    if (d.period !== period || d.deadline === undefined || d.status === undefined || !needsReason(d.status)) {
      continue;
    }
    if (d.deadline >= end) {
      continue;
    }
    findings.push(
      fieldFinding(ctx, "dependencies", d.row, "deadline", "cell/deadline-passed", "warning", {
        params: { status: d.status, deadline: d.deadline, end },
      }),
    );
  }
  return findings;
}
