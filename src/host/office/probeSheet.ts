import { a1Range, columnLetters } from "../../core/cells";
import { isTooLarge } from "./runBatch";

/**
 * The first block read of every sheet, in the same sync as its size: rows and
 * columns fixed in advance, since a sheet's width is unknown until that sync.
 * 100 × 64 cells a sheet is at most 32,000 cells for a register's five
 * sheets: under 4 MB while cells average under about 120 bytes, far more than
 * a register's codes, dates and short texts take.
 */
export const HEAD_ROWS = 100;
export const HEAD_COLUMNS = 64;

/**
 * A worksheet with the sizes and first block queued for loading. Besides the
 * used range, two bands say where the table ends, so that one stray value far
 * away (in XFD1048576, say) does not make the used range, and the read, a
 * whole sheet: the used part of the first rows (the header row and the first
 * records, every column) gives the table's last column; the used part of the
 * first columns (every row) gives its last row.
 */
export interface SheetProbe {
  ws: Excel.Worksheet;
  used: Excel.Range;
  /** The used part of the first HEAD_ROWS rows, every column. */
  top: Excel.Range;
  /** The used part of the first HEAD_COLUMNS columns, every row. */
  band: Excel.Range;
  /** The used part of the first block, with its values; absent when the first block was too large to send. */
  head?: Excel.Range;
}

/** Queues the loads of a sheet's sizes and, with `withHead`, its first block; each is a null object on an empty sheet. */
export function probeSheet(ws: Excel.Worksheet, withHead = true): SheetProbe {
  const used = ws.getUsedRangeOrNullObject(true);
  used.load("address,rowCount,columnCount");
  const top = ws.getRange(`1:${HEAD_ROWS}`).getUsedRangeOrNullObject(true);
  top.load("address");
  const band = ws.getRange(`A:${columnLetters(HEAD_COLUMNS)}`).getUsedRangeOrNullObject(true);
  band.load("address");
  const probe: SheetProbe = { ws, used, top, band };
  if (withHead) {
    probe.head = ws.getRange(a1Range(1, 1, HEAD_ROWS, HEAD_COLUMNS)).getUsedRangeOrNullObject(true);
    probe.head.load("address,values");
  }
  return probe;
}

/**
 * Syncs the probes `make` queues; when Excel refuses the sync for its size
 * (first blocks of long texts), probes again for the sizes alone.
 */
export async function syncProbes<T>(context: Excel.RequestContext, make: (withHead: boolean) => T): Promise<T> {
  const probes = make(true);
  try {
    await context.sync();
    return probes;
  } catch (error) {
    if (!isTooLarge(error)) {
      throw error;
    }
  }
  const sizes = make(false);
  await context.sync();
  return sizes;
}
