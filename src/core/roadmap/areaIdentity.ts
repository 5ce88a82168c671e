import type { RoadmapRow } from "../register/model";
import { normalizeName } from "../sheet";

/**
 * Which area of the roadmap a row belongs to: its plan year, goal, heading
 * and area number. Headings compare as sheet names do (case and spacing
 * ignored); the area number tells apart areas of one goal that share a
 * heading (Mål 4 of the May 2023 report has four). Undefined for a row
 * without a year, goal or heading: the checks report those.
 */
export function areaIdentity(row: RoadmapRow): string | undefined {
  if (row.year === undefined || row.goal === undefined || row.area === undefined) {
    return undefined;
  }
  return [row.year, row.goal, normalizeName(row.area), normalizeName(row.areaKey ?? "")].join("\u0000");
}
