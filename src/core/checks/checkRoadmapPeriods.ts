import type { Finding } from "../findings/finding";
import type { CheckContext } from "./checkContext";
import { fieldFinding } from "./fieldFinding";

/** Til before Fra in Veikart: the timeline would run backwards. An empty Til means open-ended and is no problem. */
export function checkRoadmapPeriods(ctx: CheckContext): Finding[] {
  const findings: Finding[] = [];
  for (const r of ctx.register.roadmap) {
    if (r.from === undefined || r.to === undefined || r.to >= r.from) {
      continue;
    }
    findings.push(fieldFinding(ctx, "roadmap", r.row, "to", "cell/to-before-from", "error", { params: { from: r.from, to: r.to } }));
  }
  return findings;
}
