import type { Finding } from "../findings/finding";
import { needsReason } from "../register/meanings";
import type { CheckContext } from "./checkContext";
import { fieldFinding, hasColumn, isFieldBlank } from "./fieldFinding";

/**
 * A Gul or Rød dependency of the period without a Frist. A warning, since the
 * format leaves Frist optional; but without one nobody can tell when it must be
 * met, and checkDeadlines cannot judge it.
 */
export function checkMissingDeadlines(ctx: CheckContext): Finding[] {
  const { period } = ctx;
  if (period === undefined || !hasColumn(ctx.register.layouts.dependencies, "deadline")) {
    return [];
  }
  const findings: Finding[] = [];
  for (const d of ctx.register.dependencies) {
    if (d.period !== period || d.status === undefined || !needsReason(d.status)) {
      continue;
    }
    if (!isFieldBlank(ctx, "dependencies", d.row, "deadline")) {
      continue;
    }
    findings.push(
      fieldFinding(ctx, "dependencies", d.row, "deadline", "cell/deadline-missing", "warning", { params: { status: d.status } }),
    );
  }
  return findings;
}
