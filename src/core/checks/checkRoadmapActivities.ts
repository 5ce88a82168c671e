import type { Finding } from "../findings/finding";
import type { CheckContext } from "./checkContext";
import { hasKey } from "./checkRowKeys";
import { fieldFinding, hasColumn } from "./fieldFinding";

/**
 * A Veikart row that names an actor but not what happens in the plan year.
 * The format allows it (the May 2023 report lists actors whose input is still
 * to come), so it is a warning; the roadmap shows the row with its activity empty.
 */
export function checkRoadmapActivities(ctx: CheckContext): Finding[] {
  const layout = ctx.register.layouts.roadmap;
  if (!hasColumn(layout, "activity")) {
    return [];
  }
  const findings: Finding[] = [];
  for (const r of ctx.register.roadmap) {
    if (r.activity !== undefined || r.unreadable.has("activity") || !hasKey(ctx, "roadmap", r)) {
      continue;
    }
    const params = r.year === undefined ? undefined : { year: r.year };
    findings.push(fieldFinding(ctx, "roadmap", r.row, "activity", "cell/activity-missing", "warning", params && { params }));
  }
  return findings;
}
