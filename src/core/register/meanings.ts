import type { FindingParams, ParamsField } from "../findings/finding";
import type { CodeListName } from "./codes";
import { comparePeriods, type Period } from "./period";

/*
 * What the register's codes mean to the checks, the figures, the templates and
 * the feed (docs/register-format.md, "Slik telles tallene"). These are the
 * built-in canonical codes; a Kodeverk list may add codes around them, but the
 * meanings stay tied to these spellings.
 */

/** The phases an initiative goes through (Fase). */
export const PHASE = { planned: "Planlagt", active: "Aktiv", paused: "Pause", completed: "Avsluttet" } as const;

/** The traffic lights of Status, Risiko and a dependency's Status. */
export const LIGHT = { green: "Grønn", yellow: "Gul", red: "Rød" } as const;

/** An active initiative with no row in the period: counted, but as not reported. */
export const NOT_REPORTED = "Grå";

/** The criticality whose red dependencies the report lists. */
export const HIGH_CRITICALITY = "Høy";

/** The segments of the portfolio. */
export const SEGMENT = { samstyring: "Samstyring", koordinering: "Koordinering", orientering: "Orientering" } as const;

/** Segments whose active initiatives report risk, and whose risk the figures count (Figur 3). */
export const RISK_SEGMENTS: readonly string[] = [SEGMENT.samstyring, SEGMENT.koordinering];

/** The only segment that reports a budget (the report's budget figure is theirs alone). */
export const BUDGET_SEGMENT: string = SEGMENT.samstyring;

/**
 * Lights that need a written reason (the report quotes the reason for every
 * red one), and a dependency's lights whose deadline matters.
 */
export const NEEDS_REASON: readonly string[] = [LIGHT.yellow, LIGHT.red];

/** Codes the figures are computed from, spelt exactly so: a Kodeverk list that drops one breaks a figure. */
export const FIGURE_CODES: Partial<Record<CodeListName, readonly string[]>> = {
  Fase: [PHASE.active, PHASE.paused, PHASE.completed],
  Status: [LIGHT.green, LIGHT.yellow, LIGHT.red],
  Segment: [SEGMENT.samstyring, SEGMENT.koordinering],
  Kritikalitet: [HIGH_CRITICALITY],
};

/** True for a segment whose initiatives report risk. */
export function reportsRisk(segment: string | undefined): boolean {
  return segment !== undefined && RISK_SEGMENTS.includes(segment);
}

/** True for a status or risk that must be explained, or a dependency whose deadline matters. */
export function needsReason(light: string | undefined): boolean {
  return light !== undefined && NEEDS_REASON.includes(light);
}

/** A report row as the phase rule sees it. */
export interface PhaseRow {
  period?: Period;
  phase?: string;
}

/**
 * The row an initiative's phase as of a period comes from: the latest row at
 * or before the period that gives a phase (the phase carries forward). `rows`
 * are the initiative's report rows in period order; within a period, the lower row wins.
 */
export function reportAsOf<R extends PhaseRow>(t: { reports: readonly R[] }, period: Period | undefined): R | undefined {
  if (!period) {
    return undefined;
  }
  let found: R | undefined;
  for (const r of t.reports) {
    if (r.period === undefined) {
      continue;
    }
    if (comparePeriods(r.period, period) > 0) {
      break;
    }
    if (r.phase !== undefined) {
      found = r;
    }
  }
  return found;
}

/** The phase as of a period, carried forward from the latest earlier row that gives one. */
export function phaseAsOf(t: { reports: readonly PhaseRow[] }, period: Period | undefined): string | undefined {
  return reportAsOf(t, period)?.phase;
}

/** True when the initiative's phase, carried forward, is Aktiv in the period. */
export function isActiveIn(t: { reports: readonly PhaseRow[] }, period: Period | undefined): boolean {
  return phaseAsOf(t, period) === PHASE.active;
}

/** What one report row says that its conditional rules depend on. */
export interface ReportFacts {
  /** The phase that makes the row active: the row's own Fase, or the initiative's carried forward. */
  phase?: string;
  status?: string;
  risk?: string;
  /** The initiative's segment (from Tiltak, or the template's identity). */
  segment?: string;
  /** The period reported, named by the main-goal finding. */
  period?: Period;
}

/** The fields the conditional rules judge. */
export type RuleField = "status" | "statusReason" | "risk" | "riskReason" | "mainGoal" | "budget";

/** The finding types of the conditional rules. */
export type RuleType =
  | "cell/status-required"
  | "cell/status-reason-required"
  | "cell/risk-required"
  | "cell/risk-reason-required"
  | "cell/main-goal-required"
  | "cell/budget-segment";

/** A conditional rule one row breaks: the field to point at, and its finding type and params. */
export type RuleBreach = { [T in RuleType]: { field: RuleField; type: T } & ParamsField<FindingParams[T]> }[RuleType];

/**
 * The register's conditional rules for one report row, as both the register
 * check and the template check apply them: an active row needs Status, a
 * Hovedmål and, in Samstyring and Koordinering, Risiko; a Gul or Rød status or
 * risk needs its reason; only Samstyring gives a budget. `missing(field)` says
 * whether the row leaves a field empty (false for a field the caller judges
 * elsewhere); for the budget, whether none is given.
 */
export function breachedRules(row: ReportFacts, missing: (field: RuleField) => boolean): RuleBreach[] {
  const out: RuleBreach[] = [];
  const active = row.phase === PHASE.active;
  if (active && missing("status")) {
    out.push({ field: "status", type: "cell/status-required", params: { phase: PHASE.active } });
  }
  if (needsReason(row.status) && missing("statusReason")) {
    out.push({ field: "statusReason", type: "cell/status-reason-required", params: { status: row.status! } });
  }
  if (active && missing("mainGoal")) {
    out.push(
      row.period
        ? { field: "mainGoal", type: "cell/main-goal-required", params: { period: row.period } }
        : { field: "mainGoal", type: "cell/main-goal-required" },
    );
  }
  if (active && reportsRisk(row.segment) && missing("risk")) {
    out.push({ field: "risk", type: "cell/risk-required", params: { segment: row.segment! } });
  }
  if (needsReason(row.risk) && missing("riskReason")) {
    out.push({ field: "riskReason", type: "cell/risk-reason-required", params: { risk: row.risk! } });
  }
  if (row.segment !== undefined && row.segment !== BUDGET_SEGMENT && !missing("budget")) {
    out.push({ field: "budget", type: "cell/budget-segment", params: { segment: row.segment } });
  }
  return out;
}
