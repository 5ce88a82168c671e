import type { Finding } from "../findings/finding";
import type { Report, SheetLayout } from "../register/model";
import { ACTIVE, type CheckContext } from "./checkContext";
import { isRecordFieldBlank, type FieldColumn } from "./fieldColumns";
import { columnOf, fieldFinding, hasColumn } from "./fieldFinding";
import { hasKey } from "./checkRowKeys";

/** Statuses that must be explained (the report quotes the reason for every red one). */
const NEEDS_REASON = new Set(["Gul", "Rød"]);
/** Segments whose risk the report counts. */
export const RISK_SEGMENTS = new Set(["Samstyring", "Koordinering"]);

/**
 * The Rapporter cells that are required only in some rows: Status when Fase is
 * Aktiv; Risiko when also the segment is Samstyring or Koordinering; a reason
 * for every Gul or Rød status and risk.
 */
export function checkRequiredWhen(ctx: CheckContext): Finding[] {
  const findings: Finding[] = [];
  const layout = ctx.register.layouts.reports;
  const blank = blankTest(ctx, layout);
  const add = (row: number, field: string, type: string, params: Record<string, string>) =>
    findings.push(fieldFinding(ctx, "reports", row, field, type, "error", { params }));
  for (const r of ctx.register.reports) {
    if (!hasKey(ctx, "reports", r)) continue;
    const active = r.phase === ACTIVE;
    if (active && blank(r, "status")) add(r.row, "status", "cell/status-required", { phase: ACTIVE });
    if (r.status !== undefined && NEEDS_REASON.has(r.status) && blank(r, "statusReason")) {
      add(r.row, "statusReason", "cell/status-reason-required", { status: r.status });
    }
    const segment = r.id === undefined ? undefined : ctx.initiatives.get(r.id)?.segment;
    if (active && segment !== undefined && RISK_SEGMENTS.has(segment) && blank(r, "risk")) add(r.row, "risk", "cell/risk-required", { segment });
    if (r.risk !== undefined && NEEDS_REASON.has(r.risk) && blank(r, "riskReason")) {
      add(r.row, "riskReason", "cell/risk-reason-required", { risk: r.risk });
    }
  }
  return findings;
}

/** Whether a Rapporter field's cell is empty; false when the column is missing (reported once elsewhere). */
function blankTest(ctx: CheckContext, layout: SheetLayout | undefined): (report: Report, field: string) => boolean {
  // Found once per check rather than once per row and field.
  const columns = new Map<string, FieldColumn | undefined>();
  for (const field of ["status", "statusReason", "risk", "riskReason"]) {
    if (hasColumn(layout, field)) columns.set(field, columnOf(ctx, "reports", field));
  }
  return (report, field) => columns.has(field) && isRecordFieldBlank(report, field, columns.get(field));
}
