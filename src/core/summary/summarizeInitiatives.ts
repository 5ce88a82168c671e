import type { Register } from "../register/model";
import type { Period } from "../register/period";
import { PHASE, phaseAsOf } from "../register/meanings";
import { buildTimelines, type Timeline } from "../register/timelines";

export interface InitiativeRef {
  id: string;
  name: string;
  owner: string;
}

export interface InitiativesSummary {
  active: number;
  bySegment: Record<string, number>;
  new: InitiativeRef[];
  completed: InitiativeRef[];
  paused: InitiativeRef[];
}

/**
 * Active, by segment, new, completed and paused, as the May 2023 report
 * counts them (docs/register-format.md, "Slik telles tallene").
 */
export function summarizeInitiatives(
  register: Register,
  period: Period | undefined,
  previous: Period | undefined,
  timelines: Map<string, Timeline> = buildTimelines(register),
): InitiativesSummary {
  const bySegment = Object.fromEntries(register.codes.Segment.map((c) => [c.code, 0]));
  const out: InitiativesSummary = { active: 0, bySegment, new: [], completed: [], paused: [] };
  for (const t of timelines.values()) {
    const phase = phaseAsOf(t, period);
    if (phase === PHASE.active) {
      out.active++;
      const segment = t.initiative.segment;
      if (segment !== undefined) {
        bySegment[segment] = (bySegment[segment] ?? 0) + 1;
      }
    }
    if (phase === PHASE.paused) {
      out.paused.push(ref(t));
    }
    if (phase === PHASE.completed && phaseAsOf(t, previous) !== PHASE.completed && reportsIn(t, period)) {
      out.completed.push(ref(t));
    }
    if (period && t.reports[0]?.period === period) {
      out.new.push(ref(t));
    }
  }
  for (const list of [out.new, out.completed, out.paused]) {
    list.sort(byName);
  }
  return out;
}

/** A completion is news only in the period it was reported. */
function reportsIn(t: Timeline, period: Period | undefined): boolean {
  return t.reports.some((r) => r.period === period);
}

/** An initiative as the summary's lists name it. */
export function ref(t: Timeline): InitiativeRef {
  return { id: t.initiative.id ?? "", name: t.initiative.name ?? "", owner: t.initiative.owner ?? "" };
}

/** Norwegian alphabetical order by name (Æ, Ø, Å last), as every list of the summary is sorted. */
export function byName(a: { name: string }, b: { name: string }): number {
  return a.name.localeCompare(b.name, "nb");
}
