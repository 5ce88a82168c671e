import type { Finding } from "../findings/finding";
import { isActive, type CheckContext } from "./checkContext";
import { fieldFinding } from "./fieldFinding";

/**
 * An active initiative (its latest phase is Aktiv) without a Rapporter row for
 * the period: it counts as Grå. Reported at its Tiltak row, where the owner is.
 * When no initiative reported in the period at all, checkPeriod says that once instead.
 */
export function checkNotReported(ctx: CheckContext): Finding[] {
  const { period } = ctx;
  if (period === undefined || ctx.reportedIn.size === 0) {
    return [];
  }
  const findings: Finding[] = [];
  for (const [id, initiative] of ctx.initiatives) {
    if (!isActive(ctx, id) || ctx.reportedIn.has(id)) {
      continue;
    }
    findings.push(fieldFinding(ctx, "initiatives", initiative.row, "id", "row/not-reported", "warning", { params: { period } }));
  }
  return findings;
}
