import type { Finding } from "../findings/finding";
import { breachedRules, type RuleField } from "../register/meanings";
import type { Report, SheetLayout } from "../register/model";
import type { CheckContext } from "./checkContext";
import { hasKey } from "./checkRowKeys";
import { isRecordFieldBlank, type FieldColumn } from "./fieldColumns";
import { columnOf, fieldFinding, hasColumn } from "./fieldFinding";

/**
 * The Rapporter cells that are required, or not allowed, only in some rows
 * (the register's conditional rules, register/meanings): Status when Fase is
 * Aktiv; Risiko when also the segment is Samstyring or Koordinering; a reason
 * for every Gul or Rød status and risk; a Budsjett only in Samstyring, since
 * the report's budget total would leave any other out without a word.
 */
export function checkRequiredWhen(ctx: CheckContext): Finding[] {
  const findings: Finding[] = [];
  const blank = blankTest(ctx, ctx.register.layouts.reports);
  for (const r of ctx.register.reports) {
    const keyed = hasKey(ctx, "reports", r);
    // A row without its key is reported as such; only a budget it should not have is still worth a word.
    if (!keyed && r.budget === undefined) {
      continue;
    }
    const segment = r.id === undefined ? undefined : ctx.initiatives.get(r.id)?.segment;
    const missing = (field: RuleField): boolean =>
      // Hovedmål is judged in Tiltak (checkMainGoal), as of the period rather than row by row.
      field === "budget" ? r.budget === undefined : field !== "mainGoal" && keyed && blank(r, field);
    for (const b of breachedRules({ phase: r.phase, status: r.status, risk: r.risk, segment }, missing)) {
      findings.push(fieldFinding(ctx, "reports", r.row, b.field, b.type, "error", b) as Finding);
    }
  }
  return findings;
}

/** Whether a Rapporter field's cell is empty; false when the column is missing (reported once elsewhere). */
function blankTest(ctx: CheckContext, layout: SheetLayout | undefined): (report: Report, field: string) => boolean {
  // Found once per check rather than once per row and field.
  const columns = new Map<string, FieldColumn | undefined>();
  for (const field of ["status", "statusReason", "risk", "riskReason"]) {
    if (hasColumn(layout, field)) {
      columns.set(field, columnOf(ctx, "reports", field));
    }
  }
  return (report, field) => columns.has(field) && isRecordFieldBlank(report, field, columns.get(field));
}
