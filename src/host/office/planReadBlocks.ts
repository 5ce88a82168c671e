import { MAX_READ_CELLS } from "./payloadSize";

/** Rows of one sheet still to read after the first sync, with their estimated size. */
export interface PendingRows {
  sheet: number;
  /** 1-based sheet rows and columns, inclusive. */
  firstRow: number;
  lastRow: number;
  firstColumn: number;
  lastColumn: number;
  bytesPerRow: number;
}

/** One rectangle to load: a block of rows of one sheet. */
export type ReadBlock = Omit<PendingRows, "bytesPerRow">;

/**
 * Packs the rows still to read into syncs whose estimated payload stays within
 * `budget` and whose cells stay within `maxCells` (Excel's read limit): small
 * sheets share a sync, a large sheet is cut into row blocks. The result is
 * the list of syncs, each a list of blocks.
 */
export function planReadBlocks(pending: readonly PendingRows[], budget: number, maxCells = MAX_READ_CELLS): ReadBlock[][] {
  const syncs: ReadBlock[][] = [];
  let current: ReadBlock[] = [];
  let left = budget;
  let cellsLeft = maxCells;
  for (const p of pending) {
    const perRow = Math.max(1, p.bytesPerRow);
    const width = p.lastColumn - p.firstColumn + 1;
    let row = p.firstRow;
    while (row <= p.lastRow) {
      let rows = Math.min(p.lastRow - row + 1, Math.floor(left / perRow), Math.floor(cellsLeft / width));
      if (rows < 1 && current.length === 0) {
        rows = 1;
      } // a single row larger than the budget still has to be read
      if (rows < 1) {
        syncs.push(current);
        current = [];
        left = budget;
        cellsLeft = maxCells;
        continue;
      }
      current.push({ sheet: p.sheet, firstRow: row, lastRow: row + rows - 1, firstColumn: p.firstColumn, lastColumn: p.lastColumn });
      left -= rows * perRow;
      cellsLeft -= rows * width;
      row += rows;
    }
  }
  if (current.length > 0) {
    syncs.push(current);
  }
  return syncs;
}
