import type { Finding } from "../findings/finding";
import type { CheckContext } from "./checkContext";
import { fieldFinding } from "./fieldFinding";

/** Sluttdato before Startdato: one of the two is mistyped (ISO dates compare as text). */
export function checkEndBeforeStart(ctx: CheckContext): Finding[] {
  const findings: Finding[] = [];
  for (const i of ctx.register.initiatives) {
    if (i.startDate === undefined || i.endDate === undefined || i.endDate >= i.startDate) {
      continue;
    }
    findings.push(
      fieldFinding(ctx, "initiatives", i.row, "endDate", "cell/end-before-start", "error", {
        params: { start: i.startDate, end: i.endDate },
      }),
    );
  }
  return findings;
}
