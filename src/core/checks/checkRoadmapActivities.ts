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
  if (!hasColumn(ctx.register.layouts.roadmap, "activity")) {
    return [];
  }
  return ctx.register.roadmap
    .filter((r) => r.activity === undefined && !r.unreadable.has("activity") && hasKey(ctx, "roadmap", r))
    .map((r) => {
      const params = r.year === undefined ? undefined : { year: r.year };
      return fieldFinding(ctx, "roadmap", r.row, "activity", "cell/activity-missing", "warning", params && { params });
    });
}
