import type { Finding } from "../findings/finding";
import type { CheckContext } from "./checkContext";
import { fieldFinding } from "./fieldFinding";
import { findDuplicates, keyParts } from "./findDuplicates";

/** One Rapporter row per initiative and period: two would make the status figures count it twice. */
export function checkUniqueReports(ctx: CheckContext): Finding[] {
  return findDuplicates(ctx.register.reports, (r) => keyParts(r.id, r.period)).map(({ record, first }) =>
    fieldFinding(ctx, "reports", record.row, "id", "row/duplicate-report", "error", { params: { first, period: record.period ?? "" } }),
  );
}
