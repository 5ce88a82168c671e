import { isActiveIn } from "./meanings";
import type { Initiative, Register, Report } from "./model";
import { comparePeriods, type Period } from "./period";

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
    if (initiative.id && !timelines.has(initiative.id)) {
      timelines.set(initiative.id, { initiative, reports: [] });
    }
  }
  for (const report of register.reports) {
    if (!report.id || !report.period) {
      continue;
    }
    timelines.get(report.id)?.reports.push(report);
  }
  for (const t of timelines.values()) {
    t.reports.sort((a, b) => comparePeriods(a.period!, b.period!));
  }
  return timelines;
}

/** The row of exactly this period, if the initiative reported in it. */
export function reportIn(t: Timeline, period: Period | undefined): Report | undefined {
  return period ? t.reports.find((r) => r.period === period) : undefined;
}

/** The initiatives active in a period, in Tiltak order. */
export function activeIn(timelines: Map<string, Timeline>, period: Period | undefined): Timeline[] {
  return [...timelines.values()].filter((t) => isActiveIn(t, period));
}
