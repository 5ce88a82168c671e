import { comparePeriods, type Period } from "../register/period";

/** How many periods the history shows, the current one included: two years of quarters. */
export const HISTORY_LENGTH = 8;

/**
 * The periods of the history: the register's periods up to and including the
 * current one, the last eight. A quarter nobody reported in is not a period of
 * the register, so it is not a column either.
 */
export function historyPeriods(periods: readonly Period[], current: Period | undefined): Period[] {
  if (!current) {
    return [];
  }
  const upTo = periods.filter((p) => comparePeriods(p, current) <= 0);
  if (!upTo.includes(current)) {
    upTo.push(current);
  }
  return upTo.slice(-HISTORY_LENGTH);
}
