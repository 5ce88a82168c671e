import type { Register } from "../register/model";
import { isActiveIn, NOT_REPORTED, phaseAsOf, reportsRisk } from "../register/meanings";
import type { Period } from "../register/period";
import { buildTimelines, reportIn, type Timeline } from "../register/timelines";
import { byName } from "../summary/summarizeInitiatives";
import { zeroCounts } from "../summary/zeroCounts";
import { historyPeriods } from "./historyPeriods";

/** One initiative over the history's periods. */
export interface InitiativeHistory {
  id: string;
  name: string;
  segment: string;
  /** Status per period where the initiative was active: its reported colour, or Grå. */
  status: Record<string, string>;
  /** Risk likewise, for the segments that report risk; empty for the others. */
  risk: Record<string, string>;
  /** Phase per period as carried forward (Planlagt, Aktiv, Pause, Avsluttet), where one is known. */
  phase: Record<string, string>;
}

export interface HistorySummary {
  /** The last eight periods up to the current one, oldest first. */
  periods: Period[];
  /** Status counts per period, every code listed: the Status sheet's counts for each. */
  status: Record<string, Record<string, number>>;
  risk: Record<string, Record<string, number>>;
  /** Every initiative active in any of the periods, by name. */
  initiatives: InitiativeHistory[];
}

/**
 * Status and risk over the last eight periods: the counts of each period, as
 * the Status and Risiko sheets count them, and each initiative's colours.
 */
export function summarizeHistory(
  register: Register,
  current: Period | undefined,
  timelines: Map<string, Timeline> = buildTimelines(register),
): HistorySummary {
  const periods = historyPeriods(register.periods, current);
  const codes = [...register.codes.Status.map((c) => c.code).filter((c) => c !== NOT_REPORTED), NOT_REPORTED];
  const out: HistorySummary = {
    periods,
    status: Object.fromEntries(periods.map((p) => [p, zeroCounts(codes)])),
    risk: Object.fromEntries(periods.map((p) => [p, zeroCounts(codes)])),
    initiatives: [],
  };
  for (const t of timelines.values()) {
    const line = historyOf(t, periods, codes);
    if (Object.keys(line.status).length === 0) {
      continue;
    }
    for (const [p, code] of Object.entries(line.status)) {
      out.status[p][code]++;
    }
    for (const [p, code] of Object.entries(line.risk)) {
      out.risk[p][code]++;
    }
    out.initiatives.push(line);
  }
  out.initiatives.sort(byName);
  return out;
}

function historyOf(t: Timeline, periods: readonly Period[], codes: readonly string[]): InitiativeHistory {
  const line: InitiativeHistory = {
    id: t.initiative.id ?? "",
    name: t.initiative.name ?? "",
    segment: t.initiative.segment ?? "",
    status: {},
    risk: {},
    phase: {},
  };
  const hasRisk = reportsRisk(t.initiative.segment);
  for (const p of periods) {
    const phase = phaseAsOf(t, p);
    if (phase !== undefined) {
      line.phase[p] = phase;
    }
    if (!isActiveIn(t, p)) {
      continue;
    }
    const row = reportIn(t, p);
    line.status[p] = colour(row?.status, codes);
    if (hasRisk) {
      line.risk[p] = colour(row?.risk, codes);
    }
  }
  return line;
}

/** A reported code, or Grå for none (or one outside the list, as the period's counts treat it). */
function colour(value: string | undefined, codes: readonly string[]): string {
  return value !== undefined && codes.includes(value) ? value : NOT_REPORTED;
}
