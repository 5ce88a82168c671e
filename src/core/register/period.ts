/** A reporting quarter in canonical form, "2023-Q2". */
export type Period = string & { readonly __period: unique symbol };

const YEAR_FIRST = /^(\d{4})\s*[-–\s]?\s*[QK]\s*([1-4])$/i;
const QUARTER_FIRST = /^[QK]\s*([1-4])\s*[-–\s]?\s*(\d{4})$/i;

/** Parses "2023-Q2", "Q2 2023", "2023 Q2", "2023-K2" or "K2 2023"; undefined otherwise. */
export function parsePeriod(text: string): Period | undefined {
  const t = text.trim();
  const a = YEAR_FIRST.exec(t);
  if (a) return makePeriod(Number(a[1]), Number(a[2]));
  const b = QUARTER_FIRST.exec(t);
  if (b) return makePeriod(Number(b[2]), Number(b[1]));
  return undefined;
}

export function makePeriod(year: number, quarter: number): Period {
  return `${year}-Q${quarter}` as Period;
}

/** Sorts by year, then quarter (the canonical form sorts as text). */
export function comparePeriods(a: Period, b: Period): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The quarter after a period: 2023-Q4 → 2024-Q1. */
export function nextPeriod(p: Period): Period {
  const { year, quarter } = periodParts(p);
  return quarter === 4 ? makePeriod(year + 1, 1) : makePeriod(year, quarter + 1);
}

export function periodParts(p: Period): { year: number; quarter: number } {
  return { year: Number(p.slice(0, 4)), quarter: Number(p.slice(6)) };
}

/** The last day of the quarter, ISO: 2023-Q2 → 2023-06-30. */
export function periodEnd(p: Period): string {
  const { year, quarter } = periodParts(p);
  const end = new Date(Date.UTC(year, quarter * 3, 0));
  return end.toISOString().slice(0, 10);
}
