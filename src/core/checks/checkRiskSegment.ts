import type { Finding } from "../findings/finding";
import { reportsRisk } from "../register/meanings";
import type { CheckContext } from "./checkContext";
import { fieldFinding } from "./fieldFinding";

/**
 * A Risiko given for an initiative outside Samstyring and Koordinering. A
 * warning, not an error: the value does no harm, but the risk figures leave it
 * out, which the one who wrote it may not expect.
 */
export function checkRiskSegment(ctx: CheckContext): Finding[] {
  const findings: Finding[] = [];
  for (const r of ctx.register.reports) {
    if (r.risk === undefined || r.id === undefined) {
      continue;
    }
    const segment = ctx.initiatives.get(r.id)?.segment;
    if (segment === undefined || reportsRisk(segment)) {
      continue;
    }
    findings.push(fieldFinding(ctx, "reports", r.row, "risk", "cell/risk-not-counted", "warning", { params: { segment } }));
  }
  return findings;
}
