import { a1Range } from "../../core/cells";

/**
 * The first block read of every sheet, in the same sync as its size: rows and
 * columns fixed in advance, since a sheet's width is unknown until that sync.
 * 100 × 64 cells a sheet is at most 32,000 cells for a register's five
 * sheets: under 4 MB while cells average under about 120 bytes, far more than
 * a register's codes, dates and short texts take.
 */
export const HEAD_ROWS = 100;
export const HEAD_COLUMNS = 64;

/** A worksheet with its used range and first block queued for loading. */
export interface SheetProbe {
  ws: Excel.Worksheet;
  used: Excel.Range;
  head: Excel.Range;
}

/** Queues the loads of a sheet's used-range size and first block; both are null objects for an empty sheet. */
export function probeSheet(ws: Excel.Worksheet): SheetProbe {
  const used = ws.getUsedRangeOrNullObject(true);
  used.load("address,rowCount,columnCount");
  const head = ws.getRange(a1Range(1, 1, HEAD_ROWS, HEAD_COLUMNS)).getUsedRangeOrNullObject(true);
  head.load("address,values");
  return { ws, used, head };
}
