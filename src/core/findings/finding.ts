import type { A1 } from "../cells";

export type Severity = "error" | "warning";

/**
 * One problem in a workbook, as data: a stable namespaced type
 * (cell/…, row/…, sheet/…, workbook/…), where it is, and what would fix it.
 * The text shown to users comes from the message catalogue, not from here.
 */
export interface Finding {
  type: string;
  severity: Severity;
  sheet?: string;
  cell?: A1;
  /** 1-based sheet row. */
  row?: number;
  /** The column's header as written in the workbook. */
  column?: string;
  value?: string | number | boolean | null;
  /** The nearest allowed value, or what the cell should hold. */
  hint?: string;
  /** Extra facts a message needs (an other row, a period, a limit). */
  params?: Record<string, string | number>;
}

// One collator for every comparison: localeCompare with a locale builds one per call.
const NB = new Intl.Collator("nb");

/** Sheet, then row, then column: the order users read a workbook in. */
export function compareFindings(a: Finding, b: Finding): number {
  const sheet = NB.compare(a.sheet ?? "", b.sheet ?? "");
  if (sheet !== 0) return sheet;
  const row = (a.row ?? 0) - (b.row ?? 0);
  if (row !== 0) return row;
  const col = columnIndex(a.cell) - columnIndex(b.cell);
  if (col !== 0) return col;
  return a.type.localeCompare(b.type);
}

function columnIndex(cell: A1 | undefined): number {
  if (!cell) return 0;
  const letters = /^[A-Z]+/.exec(cell)?.[0] ?? "";
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function countBySeverity(findings: readonly Finding[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const f of findings) if (f.severity === "error") errors++;
  return { errors, warnings: findings.length - errors };
}
