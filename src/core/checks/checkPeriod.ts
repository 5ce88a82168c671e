import type { Finding } from "../findings/finding";
import type { CheckContext } from "./checkContext";

/**
 * No Rapporter row for the period at all (a period chosen that is not there,
 * or Avhengigheter ahead of Rapporter): every active initiative would count as
 * not reported. Said once rather than once per initiative.
 */
export function checkPeriod(ctx: CheckContext): Finding[] {
  const { period } = ctx;
  const layout = ctx.register.layouts.reports;
  if (period === undefined || layout === undefined || ctx.reportedIn.size > 0) {
    return [];
  }
  // Only rows with an ID and a period can report; none at all is a sheet problem found elsewhere.
  if (!ctx.register.reports.some((r) => r.id !== undefined && r.period !== undefined)) {
    return [];
  }
  return [
    {
      type: "sheet/period-not-reported",
      severity: "warning",
      sheet: layout.name,
      params: { period },
    },
  ];
}
