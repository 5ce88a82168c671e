import { a1Range, parseRange, type CellValue } from "../../core/cells";
import type { SheetData } from "../../core/sheet";
import { jsonBytes, MAX_SYNC_BYTES } from "./payloadSize";
import { planReadBlocks, type PendingRows, type ReadBlock } from "./planReadBlocks";
import { HEAD_COLUMNS, HEAD_ROWS, type SheetProbe } from "./probeSheet";
import { isTooLarge } from "./runBatch";
import { localAddress } from "./sheetReference";

/**
 * Later rows may be longer than the sampled first ones, so blocks fill only
 * part of a sync: planned at 3.3 MB, a block reaches Excel's hard 5 MB limit
 * only if its rows run half again as long as the sample. A block Excel still
 * refuses is halved and read again.
 */
const SAFETY = 1.2;
/** Bytes assumed per cell when a sheet's data lies outside its first block and nothing was sampled. */
const UNSAMPLED_BYTES_PER_CELL = 400;

/** A probed sheet whose probe has been synced. */
export interface ProbedSheet {
  name: string;
  hidden: boolean;
  probe: SheetProbe;
}

interface Rect {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

interface SheetRead {
  name: string;
  hidden: boolean;
  /** The part of the sheet read: its used range, or the table within it (see `areaToRead`). */
  area?: Rect;
  values: CellValue[][];
}

/**
 * Completes the read of probed sheets: their first blocks are in hand; what
 * lies outside them is planned into as few syncs as keep each under 4 MB
 * (none when every sheet fits in its first block).
 */
export async function readProbedSheets(context: Excel.RequestContext, sheets: readonly ProbedSheet[]): Promise<SheetData[]> {
  const reads: SheetRead[] = [];
  const pending: PendingRows[] = [];
  sheets.forEach(({ name, hidden, probe }, index) => {
    const read: SheetRead = { name, hidden, values: [] };
    reads.push(read);
    if (probe.used.isNullObject) {
      return;
    }
    const area = areaToRead(probe);
    read.area = area;
    read.values = Array.from({ length: area.rows }, () => new Array<CellValue>(area.columns).fill(null));
    let bytesPerCell = UNSAMPLED_BYTES_PER_CELL;
    const { head } = probe;
    if (head && !head.isNullObject) {
      const values = head.values as unknown[][];
      const width = values[0]?.length ?? 0;
      place(read, rectOf(head.address, values.length, width), values);
      bytesPerCell = jsonBytes(values) / Math.max(1, values.length * width);
    }
    for (const part of unread(area, head !== undefined)) {
      pending.push({ sheet: index, ...part, bytesPerRow: Math.ceil(bytesPerCell * (part.lastColumn - part.firstColumn + 1)) + 2 });
    }
  });

  const queue = planReadBlocks(pending, MAX_SYNC_BYTES / SAFETY);
  for (let blocks = queue.shift(); blocks; blocks = queue.shift()) {
    const loaded = blocks.map((block) => {
      const range = sheets[block.sheet].probe.ws.getRange(a1Range(block.firstRow, block.firstColumn, block.lastRow, block.lastColumn));
      range.load("values");
      return { block, range };
    });
    try {
      // One sync per planned block of reads, each under Excel's payload limit: this loop is the batching.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      const smaller = isTooLarge(error) ? split(blocks) : undefined;
      if (!smaller) {
        throw error;
      }
      queue.unshift(...smaller);
      continue;
    }
    for (const { block, range } of loaded) {
      const rect = {
        row: block.firstRow,
        column: block.firstColumn,
        rows: block.lastRow - block.firstRow + 1,
        columns: block.lastColumn - block.firstColumn + 1,
      };
      place(reads[block.sheet], rect, range.values as unknown[][]);
    }
  }

  return reads.map(({ name, hidden, area, values }) => ({
    name,
    origin: area ? { row: area.row, column: area.column } : { row: 1, column: 1 },
    values,
    hidden,
  }));
}

/**
 * The used range, unless it is mostly empty space around the table: then the
 * table alone, its last column the last used one of the first 100 rows (the
 * header row and the first records), its last row the last used one of those
 * columns. One stray value in XFD1048576 makes the used range every cell of
 * the sheet: 17 billion cells that Excel would not send (5,000,000 at most)
 * and no register needs. A value a little outside the table, a note beside a
 * row, is still read.
 */
function areaToRead(probe: SheetProbe): Rect {
  const used = rectOf(probe.used.address, probe.used.rowCount, probe.used.columnCount);
  const right = probe.top.isNullObject ? lastColumn(used) : Math.min(lastColumn(used), lastColumn(rectOf(probe.top.address)));
  const bottom =
    right <= HEAD_COLUMNS && !probe.band.isNullObject ? Math.min(lastRow(used), lastRow(rectOf(probe.band.address))) : lastRow(used);
  const table = {
    row: used.row,
    column: used.column,
    rows: Math.max(1, bottom - used.row + 1),
    columns: Math.max(1, right - used.column + 1),
  };
  return cells(used) <= 2 * cells(table) + HEAD_ROWS * HEAD_COLUMNS ? used : table;
}

/** Blocks smaller than the ones Excel refused: each in a sync of its own, or a lone block halved; undefined for a single cell. */
function split(blocks: ReadBlock[]): ReadBlock[][] | undefined {
  if (blocks.length > 1) {
    return blocks.map((b) => [b]);
  }
  const [b] = blocks;
  if (b.lastRow > b.firstRow) {
    const middle = Math.floor((b.firstRow + b.lastRow) / 2);
    return [[{ ...b, lastRow: middle }], [{ ...b, firstRow: middle + 1 }]];
  }
  if (b.lastColumn > b.firstColumn) {
    const middle = Math.floor((b.firstColumn + b.lastColumn) / 2);
    return [[{ ...b, lastColumn: middle }], [{ ...b, firstColumn: middle + 1 }]];
  }
  return undefined;
}

type Part = Omit<PendingRows, "sheet" | "bytesPerRow">;

/** The area minus the first block, when that was read: the rows below it, and the columns right of it in its rows. */
function unread(area: Rect, headRead: boolean): Part[] {
  const lastRowOf = area.row + area.rows - 1;
  const lastColumnOf = area.column + area.columns - 1;
  if (!headRead) {
    return [{ firstRow: area.row, lastRow: lastRowOf, firstColumn: area.column, lastColumn: lastColumnOf }];
  }
  const parts: Part[] = [];
  const below = Math.max(area.row, HEAD_ROWS + 1);
  if (below <= lastRowOf) {
    parts.push({ firstRow: below, lastRow: lastRowOf, firstColumn: area.column, lastColumn: lastColumnOf });
  }
  const right = Math.max(area.column, HEAD_COLUMNS + 1);
  const headLast = Math.min(lastRowOf, HEAD_ROWS);
  if (right <= lastColumnOf && area.row <= headLast) {
    parts.push({ firstRow: area.row, lastRow: headLast, firstColumn: right, lastColumn: lastColumnOf });
  }
  return parts;
}

/** A range's rectangle from its address ("Tiltak!B3:K40"); its size from the address when not given. */
function rectOf(address: string, rows?: number, columns?: number): Rect {
  const r = parseRange(localAddress(address));
  return { row: r.row1, column: r.col1, rows: rows ?? r.row2 - r.row1 + 1, columns: columns ?? r.col2 - r.col1 + 1 };
}

const lastRow = (r: Rect) => r.row + r.rows - 1;
const lastColumn = (r: Rect) => r.column + r.columns - 1;
const cells = (r: Rect) => r.rows * r.columns;

/** Copies a loaded block into the sheet's matrix; Excel's "" for empty becomes null. */
function place(read: SheetRead, at: Rect, values: unknown[][]): void {
  if (!read.area) {
    return;
  }
  const dr = at.row - read.area.row;
  const dc = at.column - read.area.column;
  values.forEach((line, r) => {
    const target = read.values[r + dr];
    if (!target) {
      return;
    }
    line.forEach((v, c) => {
      if (c + dc >= 0 && c + dc < target.length) {
        target[c + dc] = toCellValue(v);
      }
    });
  });
}

function toCellValue(v: unknown): CellValue {
  if (v === "" || v === null || v === undefined) {
    return null;
  }
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") {
    return v;
  }
  // Excel gives strings, numbers and booleans; anything else is kept as the text it gives.
  // eslint-disable-next-line @typescript-eslint/no-base-to-string
  return String(v);
}

/** What a read returns: the sheets asked for, and the name of every sheet it saw (for the write that follows). */
export interface WorkbookRead {
  sheets: SheetData[];
  names: string[];
}
