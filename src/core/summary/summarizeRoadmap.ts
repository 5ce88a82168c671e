import type { Code } from "../register/codes";
import type { Register, RoadmapRow } from "../register/model";
import { areaIdentity } from "../roadmap/areaIdentity";

/** One activity of the roadmap as the report and the web show it; empty fields are null. */
export interface RoadmapEntry {
  who: string | null;
  service: string | null;
  activity: string | null;
  /** Start of the whole period. */
  from: number | null;
  /** End of the whole period; null with `from` given means open-ended ("2024 →"). */
  to: number | null;
  /** The Tiltak ID the row names. */
  initiative: string | null;
  note: string | null;
}

export interface RoadmapArea {
  title: string;
  /** The first objective the area's rows give. */
  objective: string | null;
  rows: RoadmapEntry[];
}

export interface RoadmapGoal {
  goal: string;
  /** The goal's description in the Strategisk mål code list. */
  title: string;
  areas: RoadmapArea[];
}

/** The roadmap of one plan year (chapter 7, "Tiltak for 2024"): every goal of the code list, in its order. */
export interface Roadmap {
  year: number;
  goals: RoadmapGoal[];
}

/**
 * The Veikart rows of a plan year grouped by goal and area: areas in the
 * order of their first row, rows in sheet order. Null when the register has no
 * Veikart sheet, or no year is given and the sheet names none.
 */
export function summarizeRoadmap(register: Register, year: number | undefined): Roadmap | null {
  if (!register.layouts.roadmap) {
    return null;
  }
  const planYear = year ?? latestYear(register.roadmap);
  if (planYear === undefined) {
    return null;
  }
  const goals = register.codes["Strategisk mål"].map((code) => goalOf(code));
  const areas = new Map<string, RoadmapArea>();
  for (const row of register.roadmap) {
    const identity = areaIdentity(row);
    const goal = goals.find((g) => g.goal === row.goal);
    if (row.year !== planYear || identity === undefined || goal === undefined) {
      continue;
    }
    let area = areas.get(identity);
    if (area === undefined) {
      area = { title: row.area ?? "", objective: null, rows: [] };
      areas.set(identity, area);
      goal.areas.push(area);
    }
    area.objective ??= row.objective ?? null;
    area.rows.push(entryOf(row));
  }
  return { year: planYear, goals };
}

function goalOf(code: Code): RoadmapGoal {
  return { goal: code.code, title: code.description ?? "", areas: [] };
}

function entryOf(row: RoadmapRow): RoadmapEntry {
  return {
    who: row.who ?? null,
    service: row.service ?? null,
    activity: row.activity ?? null,
    from: row.from ?? null,
    to: row.to ?? null,
    initiative: row.initiative ?? null,
    note: row.note ?? null,
  };
}

function latestYear(rows: readonly RoadmapRow[]): number | undefined {
  let latest: number | undefined;
  for (const r of rows) {
    if (r.year !== undefined && (latest === undefined || r.year > latest)) {
      latest = r.year;
    }
  }
  return latest;
}
