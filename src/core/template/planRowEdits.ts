import type { CellValue } from "../cells";
import { toExcelSerial, type IsoDate } from "../register/dates";
import type { ColumnDef, SheetDef } from "../register/format";
import type { SheetLayout } from "../register/model";
import type { CellWrite, RowOp } from "./registerEdits";

/** Typed field values of one register row, keyed as in REGISTER_FORMAT. */
export type FieldValues = Record<string, unknown>;

/**
 * The rows one template replaces: those now in the sheet (with their typed
 * values) and those that take their place, in order.
 */
export interface RowGroup {
  existing: Array<{ row: number; values: FieldValues }>;
  rows: FieldValues[];
}

const DATE_FORMAT = "dd.mm.yyyy";

/**
 * The row operations that replace each group's rows: rows kept in place are
 * overwritten cell by cell where a value changed (so a second identical
 * import writes nothing), surplus rows are deleted, extra rows are inserted
 * after the group or, for a new group, appended below the last row.
 */
export function planRowEdits(def: SheetDef, layout: SheetLayout, lastRow: number, groups: readonly RowGroup[]): RowOp[] {
  const columns = def.columns.filter((c) => layout.columns[c.key] !== undefined);
  const sets: RowOp[] = [];
  const appended: CellWrite[][] = [];
  const structural: RowOp[] = [];
  for (const g of groups) {
    const kept = Math.min(g.existing.length, g.rows.length);
    for (let i = 0; i < kept; i++) {
      const cells = changedCells(columns, layout, g.existing[i].values, g.rows[i]);
      if (cells.length > 0) {
        sets.push({ kind: "set", row: g.existing[i].row, cells });
      }
    }
    for (let i = kept; i < g.existing.length; i++) {
      structural.push({ kind: "delete", row: g.existing[i].row, count: 1 });
    }
    const extra = g.rows.slice(kept).map((r) => changedCells(columns, layout, {}, r));
    if (extra.length === 0) {
      continue;
    }
    if (kept === 0 && g.existing.length === 0) {
      appended.push(...extra);
    } else {
      structural.push({ kind: "insert", row: g.existing[kept - 1].row + 1, rows: extra, styleFrom: g.existing[kept - 1].row });
    }
  }
  // Bottom-up, deletes before inserts at the same row: each op then leaves the rows above it where they were.
  structural.sort((a, b) => b.row - a.row || (a.kind === "delete" ? -1 : 1) - (b.kind === "delete" ? -1 : 1));
  const styleFrom = lastRow > layout.headerRow ? { styleFrom: lastRow } : {};
  const append: RowOp[] = appended.length > 0 ? [{ kind: "insert", row: lastRow + 1, rows: appended, ...styleFrom }] : [];
  return [...sets, ...append, ...structural];
}

function changedCells(columns: readonly ColumnDef[], layout: SheetLayout, before: FieldValues, after: FieldValues): CellWrite[] {
  const cells: CellWrite[] = [];
  // A cell the reader could not make sense of is rewritten even when the answer is "nothing".
  const unreadable = before.unreadable as ReadonlySet<string> | undefined;
  for (const c of columns) {
    if (!unreadable?.has(c.key) && sameValue(before[c.key], after[c.key])) {
      continue;
    }
    cells.push({ column: layout.columns[c.key], ...cellFor(c, after[c.key]) });
  }
  return cells;
}

/** Typed values compare by content: ["3","9"] equals ["3","9"], 12 equals 12. */
export function sameValue(a: unknown, b: unknown): boolean {
  const norm = (v: unknown) => (v === undefined || v === null || (Array.isArray(v) && v.length === 0) ? "" : JSON.stringify(v));
  return norm(a) === norm(b);
}

/** A typed value as the cell a user would have typed: dates as date cells, numeric codes as numbers. */
function cellFor(c: ColumnDef, value: unknown): { value: CellValue; numFmt?: string } {
  if (value === undefined || value === null) {
    return { value: null };
  }
  switch (c.type) {
    case "date":
      return { value: toExcelSerial(value as IsoDate), numFmt: DATE_FORMAT };
    case "codes":
      return { value: (value as string[]).join(", ") };
    case "code":
      return { value: /^\d+$/.test(value as string) ? Number(value) : (value as string) };
    default:
      return { value: value as CellValue };
  }
}
