import type { Register } from "../register/model";
import { cleanAmount, sumAmounts } from "./sumAmounts";

export interface CostTableRow {
  solution: string;
  /** The initiative's name (an ID in the register is shown by its name). */
  initiative: string;
  part: string;
  /** Year → MNOK counted in the totals. */
  amounts: Record<string, number>;
  /** Year → MNOK covered internally by the owner: shown in parentheses, not in the totals. */
  internal: Record<string, number>;
}

export interface CostTable {
  years: number[];
  rows: CostTableRow[];
  /** Year → sum of the non-internal amounts, every year present. */
  totals: Record<string, number>;
}

/**
 * The yearly operating-cost table of chapter 5: one row per solution,
 * initiative and part, one column per year. Rows follow the Løsning code list,
 * then the order the register lists them in, as the office arranged them.
 */
export function summarizeCosts(register: Register): CostTable {
  const names = new Map<string, string>();
  for (const i of register.initiatives) {
    if (i.id && i.name && !names.has(i.id)) {
      names.set(i.id, i.name);
    }
  }
  const rows = new Map<string, CostTableRow>();
  const years = new Set<number>();
  for (const c of register.costs) {
    if (c.solution === undefined || c.initiative === undefined || c.year === undefined || c.amount === undefined) {
      continue;
    }
    const initiative = names.get(c.initiative) ?? c.initiative;
    const part = c.part ?? "";
    const key = JSON.stringify([c.solution, initiative, part]);
    let row = rows.get(key);
    if (!row) {
      rows.set(key, (row = { solution: c.solution, initiative, part, amounts: {}, internal: {} }));
    }
    const into = c.internal ? row.internal : row.amounts;
    into[c.year] = cleanAmount((into[c.year] ?? 0) + c.amount);
    years.add(c.year);
  }
  const order = register.codes.Løsning.map((s) => s.code);
  const sorted = [...rows.values()].sort((a, b) => rank(order, a.solution) - rank(order, b.solution));
  const yearList = [...years].sort((a, b) => a - b);
  const totals = Object.fromEntries(yearList.map((y) => [y, sumAmounts(sorted.map((r) => r.amounts[y] ?? 0))]));
  return { years: yearList, rows: sorted, totals };
}

function rank(order: readonly string[], solution: string): number {
  const i = order.indexOf(solution);
  return i < 0 ? order.length : i;
}
