/** A reporting quarter in canonical form, "2023-Q2". */
export type Period = string & { readonly __period: unique symbol };

const YEAR_FIRST = /^(\d{4})\s*[-–\s]?\s*[QK]\s*([1-4])$/i;
const QUARTER_FIRST = /^[QK]\s*([1-4])\s*[-–\s]?\s*(\d{4})$/i;

// The years a register's periods may name, as for its year columns: a stray "9999-Q4" would
// otherwise become the current period and empty every figure.
const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;

/** Parses "2023-Q2", "Q2 2023", "2023 Q2", "2023-K2" or "K2 2023" in the years 2000–2100; undefined otherwise. */
export function parsePeriod(text: string): Period | undefined {
  const t = text.trim();
  const a = YEAR_FIRST.exec(t);
  const b = a ? undefined : QUARTER_FIRST.exec(t);
  const year = Number(a ? a[1] : b?.[2]);
  const quarter = Number(a ? a[2] : b?.[1]);
  if (!a && !b) {
    return undefined;
  }
  return year >= FIRST_YEAR && year <= LAST_YEAR ? makePeriod(year, quarter) : undefined;
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
