import { isBlank } from "../cells";
import type { IsoDate } from "../register/dates";
import { REGISTER_FORMAT, type SheetKey } from "../register/format";
import type { Register } from "../register/model";
import type { SheetData } from "../sheet";
import { planRowEdits, sameValue, type FieldValues, type RowGroup } from "./planRowEdits";
import type { SheetEdits } from "./registerEdits";
import type { TemplateAnswers } from "./templateAnswers";
import type { TemplateMarker } from "./templateDoc";

/** A template that passed every check, with what it answered. */
export interface AcceptedTemplate {
  marker: TemplateMarker;
  answers: TemplateAnswers;
}

export interface MergedAnswers {
  sheets: SheetEdits[];
  /** Per accepted template, in order: whether the register changes at all. */
  changed: boolean[];
}

/**
 * The row edits that put accepted answers into the register: per template,
 * its report row and dependency rows of the period replace those there, and
 * its goals update its Tiltak row. Rapportert moves to the import's date only
 * when the answers differ from the row already there.
 */
export function mergeTemplateAnswers(
  sheets: readonly SheetData[],
  register: Register,
  accepted: readonly AcceptedTemplate[],
  now: Date,
): MergedAnswers {
  const today = now.toISOString().slice(0, 10) as IsoDate;
  const groups: Record<"reports" | "dependencies" | "initiatives", RowGroup[]> = { reports: [], dependencies: [], initiatives: [] };
  for (const { marker, answers: a } of accepted) {
    const { id, period } = marker;
    const existingReports = register.reports
      .filter((r) => r.id === id && r.period === period)
      .map((r) => ({ row: r.row, values: fields(r) }));
    const report: FieldValues = {
      id,
      period,
      phase: a.phase,
      status: a.status,
      statusReason: a.statusReason,
      risk: a.risk,
      riskReason: a.riskReason,
      budget: a.budget,
    };
    const before = existingReports[0]?.values;
    const unchanged = before !== undefined && Object.keys(report).every((k) => sameValue(before[k], report[k]));
    report.reportedOn = unchanged ? before.reportedOn : today;
    groups.reports.push({ existing: existingReports, rows: [report] });
    groups.dependencies.push({
      existing: register.dependencies.filter((d) => d.id === id && d.period === period).map((d) => ({ row: d.row, values: fields(d) })),
      rows: a.dependencies.map((d) => ({
        id,
        period,
        dependency: d.dependency,
        category: d.category,
        criticality: d.criticality,
        status: d.status,
        deadline: d.deadline,
      })),
    });
    const initiative = register.initiatives.find((i) => i.id === id)!;
    const goals: FieldValues = { ...fields(initiative), sustainabilityGoals: a.sustainabilityGoals };
    if (a.mainGoal !== undefined) {
      goals.mainGoal = a.mainGoal;
    }
    groups.initiatives.push({ existing: [{ row: initiative.row, values: fields(initiative) }], rows: [goals] });
  }
  const out: SheetEdits[] = [];
  const changed = accepted.map(() => false);
  for (const key of ["reports", "dependencies", "initiatives"] as const) {
    const layout = register.layouts[key as SheetKey]!;
    const ops = planRowEdits(REGISTER_FORMAT[key], layout, lastRow(sheets, layout.name), groups[key]);
    if (ops.length > 0) {
      out.push({ sheet: layout.name, ops });
    }
    groups[key].forEach((g, i) => {
      if (differs(g)) {
        changed[i] = true;
      }
    });
  }
  return { sheets: out, changed };
}

function differs(g: RowGroup): boolean {
  return (
    g.existing.length !== g.rows.length || g.rows.some((r, j) => !Object.keys(r).every((k) => sameValue(g.existing[j].values[k], r[k])))
  );
}

/** The last row of a sheet that holds anything: new rows go right below it. */
function lastRow(sheets: readonly SheetData[], name: string): number {
  const sheet = sheets.find((s) => s.name === name)!;
  for (let i = sheet.values.length - 1; i >= 0; i--) {
    if (!sheet.values[i].every(isBlank)) {
      return sheet.origin.row + i;
    }
  }
  return sheet.origin.row;
}

function fields(record: object): FieldValues {
  return record as FieldValues;
}
