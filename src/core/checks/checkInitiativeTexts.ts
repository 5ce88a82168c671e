import type { Finding } from "../findings/finding";
import type { Initiative } from "../register/model";
import { choosePeriods } from "../summary/choosePeriods";
import { summarizeInitiatives } from "../summary/summarizeInitiatives";
import type { CheckContext } from "./checkContext";
import { fieldFinding, hasColumn } from "./fieldFinding";

/**
 * A new initiative of the period without a Beskrivelse, or a completed one
 * without a Sluttrapport: the report's chapter 3 would have a gap. Judged
 * only where the register has the column (both are optional), and with the
 * report's own definitions of new and completed.
 */
export function checkInitiativeTexts(ctx: CheckContext): Finding[] {
  const { register, period } = ctx;
  const layout = register.layouts.initiatives;
  if (period === undefined || !ctx.initiativesKnown) {
    return [];
  }
  const figures = summarizeInitiatives(register, period, choosePeriods(register, period).previousPeriod);
  const findings: Finding[] = [];
  const judge = (
    ids: readonly string[],
    field: "description" | "closingSummary",
    type: "cell/description-missing" | "cell/closing-summary-missing",
  ) => {
    if (!hasColumn(layout, field)) {
      return;
    }
    for (const id of ids) {
      const initiative: Initiative | undefined = ctx.initiatives.get(id);
      if (initiative && initiative[field] === undefined && !initiative.unreadable.has(field)) {
        findings.push(
          fieldFinding(ctx, "initiatives", initiative.row, field, type, "warning", { params: { period, name: initiative.name ?? id } }),
        );
      }
    }
  };
  judge(
    figures.new.map((i) => i.id),
    "description",
    "cell/description-missing",
  );
  judge(
    figures.completed.map((i) => i.id),
    "closingSummary",
    "cell/closing-summary-missing",
  );
  return findings;
}
