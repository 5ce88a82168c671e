import { comparePeriods, type Period } from "../register/period";

/**
 * The period an import collects when none is named: the one most templates
 * are for (a stray template from another quarter is then the odd one out);
 * on a tie, the latest.
 */
export function chooseImportPeriod(periods: readonly Period[]): Period | undefined {
  const counts = new Map<Period, number>();
  for (const p of periods) {
    counts.set(p, (counts.get(p) ?? 0) + 1);
  }
  let best: Period | undefined;
  for (const [p, n] of counts) {
    const bestCount = best ? counts.get(best)! : 0;
    if (n > bestCount || (n === bestCount && best && comparePeriods(p, best) > 0)) {
      best = p;
    }
  }
  return best;
}
