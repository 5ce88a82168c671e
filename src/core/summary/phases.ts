import type { Initiative, Register, Report } from "../register/model";
import { comparePeriods, type Period } from "../register/period";

/**
 * Each initiative's report rows sorted by period, so that "the phase as of a
 * period" (carried forward from the latest earlier row) is one lookup.
 */
export interface Timeline {
  initiative: Initiative;
  reports: Report[];
}

/** Timelines of every initiative with an ID, in Tiltak order. Walks the reports once. */
export function buildTimelines(register: Register): Map<string, Timeline> {
  const timelines = new Map<string, Timeline>();
  for (const initiative of register.initiatives) {
    if (initiative.id && !timelines.has(initiative.id)) timelines.set(initiative.id, { initiative, reports: [] });
  }
  for (const report of register.reports) {
    if (!report.id || !report.period) continue;
    timelines.get(report.id)?.reports.push(report);
  }
  for (const t of timelines.values()) t.reports.sort((a, b) => comparePeriods(a.period!, b.period!));
  return timelines;
}

/** The latest row at or before a period (the phase carries forward), if any. */
export function reportAsOf(t: Timeline, period: Period | undefined): Report | undefined {
  if (!period) return undefined;
  let found: Report | undefined;
  for (const r of t.reports) {
    if (comparePeriods(r.period!, period) > 0) break;
    if (r.phase !== undefined || !found) found = r.phase !== undefined ? r : found;
  }
  return found;
}

/** The phase as of a period, carried forward. */
export function phaseAsOf(t: Timeline, period: Period | undefined): string | undefined {
  return reportAsOf(t, period)?.phase;
}

/** The row of exactly this period, if the initiative reported in it. */
export function reportIn(t: Timeline, period: Period | undefined): Report | undefined {
  return period ? t.reports.find((r) => r.period === period) : undefined;
}
