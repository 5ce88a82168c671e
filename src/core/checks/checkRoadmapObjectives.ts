import type { Finding } from "../findings/finding";
import { areaIdentity } from "../roadmap/areaIdentity";
import type { CheckContext } from "./checkContext";
import { fieldFinding } from "./fieldFinding";

/**
 * Rows of one area (plan year, goal, heading, area number) that give two
 * different objectives: the report prints one objective per area, the first.
 * Rows that leave Målsetting empty share the area's objective.
 */
export function checkRoadmapObjectives(ctx: CheckContext): Finding[] {
  const findings: Finding[] = [];
  const first = new Map<string, { objective: string; row: number }>();
  for (const r of ctx.register.roadmap) {
    const area = areaIdentity(r);
    if (area === undefined || r.objective === undefined) {
      continue;
    }
    const seen = first.get(area);
    if (seen === undefined) {
      first.set(area, { objective: r.objective, row: r.row });
    } else if (seen.objective !== r.objective) {
      findings.push(fieldFinding(ctx, "roadmap", r.row, "objective", "row/objective-conflict", "warning", { params: { first: seen.row } }));
    }
  }
  return findings;
}
