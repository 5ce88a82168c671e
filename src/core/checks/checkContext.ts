import type { SheetData } from "../sheet";
import { REGISTER_FORMAT, type SheetKey } from "../register/format";
import type { Initiative, Register, SheetLayout } from "../register/model";
import { PHASE, phaseAsOf } from "../register/meanings";
import type { Period } from "../register/period";
import { buildTimelines } from "../register/timelines";
import { fieldColumn, type FieldColumn } from "./fieldColumns";

/**
 * What several rules need to know about the register, computed once so that
 * each rule stays a single walk over its own rows.
 */
export interface CheckContext {
  register: Register;
  /** The period being reported: the one chosen, else the latest present. */
  period?: Period;
  /** The sheet each of the format's sheets was read from. */
  sheets: Partial<Record<SheetKey, SheetData>>;
  /** Every sheet of the workbook, register or not. */
  allSheets: readonly SheetData[];
  /** False when Tiltak or its ID column is missing: references cannot be judged then. */
  initiativesKnown: boolean;
  /** First Tiltak row of each ID, exactly as written. */
  initiatives: Map<string, Initiative>;
  /** Each initiative's phase as of the period, carried forward from its latest earlier row. */
  phases: Map<string, string>;
  /** IDs with a Rapporter row in the period. */
  reportedIn: Set<string>;
  /** Each sheet's key fields that have a column (undefined where the sheet itself is missing). */
  keyColumns: Record<SheetKey, ReadonlyArray<{ field: string; column: FieldColumn | undefined }>>;
}

/** Indexes the register for the rules: one pass over Tiltak and its timelines, one over Rapporter. */
export function buildCheckContext(register: Register, sheets: readonly SheetData[], chosen?: Period): CheckContext {
  const period = chosen ?? register.periods[register.periods.length - 1];
  const byKey: Partial<Record<SheetKey, SheetData>> = {};
  for (const [key, layout] of Object.entries(register.layouts) as [SheetKey, SheetLayout][]) {
    byKey[key] = sheets.find((s) => s.name === layout.name);
  }
  const initiatives = new Map<string, Initiative>();
  for (const i of register.initiatives) {
    if (i.id !== undefined && !initiatives.has(i.id)) {
      initiatives.set(i.id, i);
    }
  }
  const phases = new Map<string, string>();
  for (const [id, t] of buildTimelines(register)) {
    const phase = phaseAsOf(t, period);
    if (phase !== undefined) {
      phases.set(id, phase);
    }
  }
  const reportedIn = new Set<string>();
  if (period !== undefined) {
    for (const r of register.reports) {
      if (r.id !== undefined && r.period === period) {
        reportedIn.add(r.id);
      }
    }
  }
  return {
    register,
    period,
    sheets: byKey,
    allSheets: sheets,
    initiatives,
    phases,
    reportedIn,
    initiativesKnown: register.layouts.initiatives?.columns.id !== undefined,
    keyColumns: keyColumnsOf(register, byKey),
  };
}

// Every row of every sheet asks whether its key is filled: the columns are found once here.
function keyColumnsOf(register: Register, sheets: Partial<Record<SheetKey, SheetData>>): CheckContext["keyColumns"] {
  const out = {} as CheckContext["keyColumns"];
  for (const key of Object.keys(REGISTER_FORMAT) as SheetKey[]) {
    const columns = register.layouts[key]?.columns;
    out[key] = REGISTER_FORMAT[key].keyFields
      .filter((f) => columns?.[f] !== undefined)
      .map((f) => ({ field: f, column: fieldColumn(sheets[key], columns?.[f]) }));
  }
  return out;
}

/** True when the initiative's phase as of the period is Aktiv. */
export function isActive(ctx: CheckContext, id: string | undefined): boolean {
  return id !== undefined && ctx.phases.get(id) === PHASE.active;
}
