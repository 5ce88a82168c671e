import type { Finding } from "../findings/finding";
import type { SheetKey } from "../register/format";
import type { RowRef } from "../register/model";
import type { CheckContext } from "./checkContext";
import { fieldFinding, hasColumn, isFieldBlank } from "./fieldFinding";
import { hasKey } from "./checkRowKeys";

/** Fields every row must fill, whatever else it holds (conditional ones have their own rules). */
export const ALWAYS_REQUIRED: Record<Exclude<SheetKey, "codes">, string[]> = {
  initiatives: ["id", "name", "owner", "segment"],
  reports: ["id", "period", "phase"],
  dependencies: ["id", "period", "dependency", "category", "criticality", "status"],
  costs: ["solution", "initiative", "year", "amount"],
};

/**
 * An empty required cell. Rows with all key cells empty are left to
 * checkRowKeys, and a missing column has already been reported once.
 */
export function checkRequired(ctx: CheckContext): Finding[] {
  const findings: Finding[] = [];
  const { register } = ctx;
  const sheets: Array<[Exclude<SheetKey, "codes">, readonly RowRef[]]> = [
    ["initiatives", register.initiatives], ["reports", register.reports],
    ["dependencies", register.dependencies], ["costs", register.costs],
  ];
  for (const [key, rows] of sheets) {
    const layout = register.layouts[key];
    const fields = ALWAYS_REQUIRED[key].filter((f) => hasColumn(layout, f));
    for (const r of rows) {
      if (!hasKey(ctx, key, r.row)) continue;
      for (const field of fields) {
        if (isFieldBlank(ctx, key, r.row, field)) findings.push(fieldFinding(ctx, key, r.row, field, "cell/required", "error"));
      }
    }
  }
  return findings;
}
