import { NOT_REPORTED } from "../register/meanings";
import type { Period } from "../register/period";
import { zeroCounts } from "../summary/zeroCounts";
import type { HistorySummary } from "./summarizeHistory";

/** How many initiatives went from each reported status to each other, between two periods. */
export interface Transitions {
  /** The reported codes, in code-list order (Grå left out). */
  codes: string[];
  /** From → to → count. */
  counts: Record<string, Record<string, number>>;
  /** Initiatives active and reported in both periods. */
  total: number;
}

/**
 * The status transitions from one period to another: only initiatives that
 * were active and reported in both, so the table's total is exactly those.
 */
export function countTransitions(history: HistorySummary, from: Period, to: Period): Transitions {
  const codes = Object.keys(history.status[to] ?? history.status[from] ?? {}).filter((c) => c !== NOT_REPORTED);
  const counts = Object.fromEntries(codes.map((c) => [c, zeroCounts(codes)]));
  let total = 0;
  for (const line of history.initiatives) {
    const before = line.status[from];
    const now = line.status[to];
    if (before === undefined || now === undefined || !(before in counts) || !(now in counts)) {
      continue;
    }
    counts[before][now]++;
    total++;
  }
  return { codes, counts, total };
}
