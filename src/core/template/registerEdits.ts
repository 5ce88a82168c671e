import type { CellValue } from "../cells";

/** One cell to write, by 1-based column; `numFmt` for cells that need one (dates). */
export interface CellWrite {
  column: number;
  value: CellValue;
  numFmt?: string;
}

/**
 * One change to a sheet's rows. Applied strictly in order, each with row
 * numbers valid at the moment it is applied (the planner accounts for the
 * shifts), so a host needs no bookkeeping of its own.
 */
export type RowOp =
  /** Writes cells of an existing row; other cells of the row stay as they are. */
  | { kind: "set"; row: number; cells: CellWrite[] }
  /** Inserts rows at `row`, moving that row and those below down; formats copied from row `styleFrom` (a data row) when given. */
  | { kind: "insert"; row: number; rows: CellWrite[][]; styleFrom?: number }
  /** Deletes rows, moving those below up. */
  | { kind: "delete"; row: number; count: number };

export interface SheetEdits {
  /** The sheet's name as written in the workbook. */
  sheet: string;
  ops: RowOp[];
}

/** Rows to append to the import log sheet, created with `header` when missing. */
export interface LogEdits {
  sheet: string;
  header: string[];
  rows: CellValue[][];
}

/** Everything an import changes in a register: rows of its sheets, and the log. */
export interface RegisterEdits {
  sheets: SheetEdits[];
  log: LogEdits;
}
