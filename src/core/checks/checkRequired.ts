import type { Finding } from "../findings/finding";
import type { SheetKey } from "../register/format";
import type { CheckContext } from "./checkContext";
import { isRecordFieldBlank } from "./fieldColumns";
import { columnOf, fieldFinding, hasColumn } from "./fieldFinding";
import { dataSheetRows, hasKey } from "./checkRowKeys";

/** Fields every row must fill, whatever else it holds (conditional ones have their own rules). */
export const ALWAYS_REQUIRED: Record<Exclude<SheetKey, "codes">, string[]> = {
  initiatives: ["id", "name", "owner", "segment"],
  reports: ["id", "period", "phase"],
  dependencies: ["id", "period", "dependency", "category", "criticality", "status"],
  costs: ["solution", "initiative", "year", "amount"],
  roadmap: ["goal", "area", "who", "year"],
  topics: ["period", "title", "text"],
};

/**
 * An empty required cell. Rows with all key cells empty are left to
 * checkRowKeys, and a missing column has already been reported once.
 */
export function checkRequired(ctx: CheckContext): Finding[] {
  const findings: Finding[] = [];
  const { register } = ctx;
  for (const [key, rows] of dataSheetRows(register)) {
    const layout = register.layouts[key];
    const fields = ALWAYS_REQUIRED[key].filter((f) => hasColumn(layout, f)).map((f) => ({ field: f, column: columnOf(ctx, key, f) }));
    for (const r of rows) {
      if (!hasKey(ctx, key, r)) {
        continue;
      }
      for (const { field, column } of fields) {
        if (isRecordFieldBlank(r, field, column)) {
          findings.push(fieldFinding(ctx, key, r.row, field, "cell/required", "error"));
        }
      }
    }
  }
  return findings;
}
