import type { Register } from "../register/model";
import type { Period } from "../register/period";
import { choosePeriods } from "../summary/choosePeriods";
import { NOT_REPORTED, PHASE, phaseAsOf, reportsRisk } from "../register/meanings";
import { buildTimelines, reportIn, type Timeline } from "../register/timelines";

/** One initiative as the web page shows it, as of the feed's period. Empty fields are null. */
export interface FeedRow {
  id: string;
  name: string | null;
  owner: string | null;
  segment: string | null;
  /** Carried forward from the latest row at or before the period. */
  phase: string | null;
  /** The period's status; "Grå" when an active initiative did not report it, as the figures count it. */
  status: string | null;
  /** The period's risk; "Grå" when an active initiative in a segment with risk did not report it. */
  risk: string | null;
  statusReason: string | null;
  riskReason: string | null;
  period: Period;
}

/** The initiatives feed, format 1: what initiatives.json holds. */
export interface Feed {
  format: 1;
  period: Period | null;
  initiatives: FeedRow[];
}

/** The columns of a feed row, in the order the CSV writes them. */
export const FEED_COLUMNS = [
  "id",
  "name",
  "owner",
  "segment",
  "phase",
  "status",
  "risk",
  "statusReason",
  "riskReason",
  "period",
] as const satisfies ReadonlyArray<keyof FeedRow>;

/**
 * One row per initiative that has a phase as of the period (the chosen one,
 * else the latest), sorted by name; initiatives not yet reported are left out.
 */
export function buildFeed(register: Register, chosen?: Period): Feed {
  const { period } = choosePeriods(register, chosen);
  if (!period) {
    return { format: 1, period: null, initiatives: [] };
  }
  const rows: FeedRow[] = [];
  for (const t of buildTimelines(register).values()) {
    const row = feedRow(t, period);
    if (row) {
      rows.push(row);
    }
  }
  rows.sort((a, b) => (a.name ?? "").localeCompare(b.name ?? "", "nb") || a.id.localeCompare(b.id, "nb"));
  return { format: 1, period, initiatives: rows };
}

function feedRow(t: Timeline, period: Period): FeedRow | undefined {
  const phase = phaseAsOf(t, period);
  if (phase === undefined) {
    return undefined;
  }
  const { initiative } = t;
  const report = reportIn(t, period);
  const active = phase === PHASE.active;
  const hasRisk = reportsRisk(initiative.segment);
  return {
    id: initiative.id ?? "",
    name: initiative.name ?? null,
    owner: initiative.owner ?? null,
    segment: initiative.segment ?? null,
    phase,
    status: report?.status ?? (active ? NOT_REPORTED : null),
    risk: report?.risk ?? (active && hasRisk ? NOT_REPORTED : null),
    statusReason: report?.statusReason ?? null,
    riskReason: report?.riskReason ?? null,
    period,
  };
}
