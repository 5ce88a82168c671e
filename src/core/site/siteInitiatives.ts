import type { FeedRow } from "../feed/feed";
import type { IsoDate } from "../register/dates";
import type { Register } from "../register/model";
import { comparePeriods, type Period } from "../register/period";
import { buildTimelines } from "../register/timelines";

/** A goal as a page names it: its code and what the code list says it means. */
export interface GoalRef {
  code: string;
  title: string;
}

/** A dependency of the period as the initiative's page lists it. */
export interface SiteDependency {
  dependency: string;
  category: string | null;
  criticality: string | null;
  status: string | null;
  deadline: IsoDate | null;
}

/**
 * One initiative as its page shows it: the feed's row (what the report shows
 * of it) and only the register's facts the report's figures are built from —
 * its main and sustainability goals, its dependencies of the period, and the
 * latest period it reported. No contact, dates or budget.
 */
export interface SiteInitiative extends FeedRow {
  /** The latest period at or before the feed's in which it has a report row. */
  lastReported: Period | null;
  mainGoal: GoalRef | null;
  sustainabilityGoals: GoalRef[];
  dependencies: SiteDependency[];
}

/** The feed's rows completed with what each initiative's page shows. */
export function siteInitiatives(register: Register, rows: readonly FeedRow[]): SiteInitiative[] {
  const timelines = buildTimelines(register);
  const goal = (list: "Strategisk mål" | "Bærekraftsmål", code: string): GoalRef => ({
    code,
    title: register.codes[list].find((c) => c.code === code)?.description ?? "",
  });
  const dependencies = dependenciesById(register, rows[0]?.period);
  return rows.map((row) => {
    const t = timelines.get(row.id);
    const reported = t?.reports.filter((r) => r.period !== undefined && comparePeriods(r.period, row.period) <= 0) ?? [];
    const initiative = t?.initiative;
    return {
      ...row,
      lastReported: reported[reported.length - 1]?.period ?? null,
      mainGoal: initiative?.mainGoal !== undefined ? goal("Strategisk mål", initiative.mainGoal) : null,
      sustainabilityGoals: (initiative?.sustainabilityGoals ?? []).map((code) => goal("Bærekraftsmål", code)),
      dependencies: dependencies.get(row.id) ?? [],
    };
  });
}

/** The period's dependencies by initiative, in sheet order: one walk over the sheet, not one per initiative. */
function dependenciesById(register: Register, period: Period | undefined): Map<string, SiteDependency[]> {
  const byId = new Map<string, SiteDependency[]>();
  for (const d of register.dependencies) {
    if (d.id === undefined || d.period !== period || d.dependency === undefined) {
      continue;
    }
    const list = byId.get(d.id) ?? [];
    list.push({
      dependency: d.dependency,
      category: d.category ?? null,
      criticality: d.criticality ?? null,
      status: d.status ?? null,
      deadline: d.deadline ?? null,
    });
    byId.set(d.id, list);
  }
  return byId;
}
