import { a1Range, parseA1, type CellValue } from "../../core/cells";
import type { SheetData } from "../../core/sheet";
import { jsonBytes, MAX_SYNC_BYTES } from "./payloadSize";
import { planReadBlocks, type PendingRows } from "./planReadBlocks";
import { HEAD_COLUMNS, HEAD_ROWS, type SheetProbe } from "./probeSheet";
import { localAddress } from "./sheetReference";

/**
 * Later rows may be longer than the sampled first ones, so blocks fill only
 * part of a sync: planned at 3.3 MB, a block reaches Excel's hard 5 MB limit
 * only if its rows run half again as long as the sample.
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
  used?: Rect;
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
    if (probe.used.isNullObject) return;
    const rect = rectOf(probe.used.address, probe.used.rowCount, probe.used.columnCount);
    read.used = rect;
    read.values = Array.from({ length: rect.rows }, () => new Array<CellValue>(rect.columns).fill(null));
    let bytesPerCell = UNSAMPLED_BYTES_PER_CELL;
    if (!probe.head.isNullObject) {
      const head = probe.head.values as unknown[][];
      const width = head[0]?.length ?? 0;
      place(read, rectOf(probe.head.address, head.length, width), head);
      bytesPerCell = jsonBytes(head) / Math.max(1, head.length * width);
    }
    for (const part of outsideHead(rect)) pending.push({ sheet: index, ...part, bytesPerRow: Math.ceil(bytesPerCell * (part.lastColumn - part.firstColumn + 1)) + 2 });
  });

  for (const blocks of planReadBlocks(pending, MAX_SYNC_BYTES / SAFETY)) {
    const loaded = blocks.map((block) => {
      const range = sheets[block.sheet].probe.ws.getRange(a1Range(block.firstRow, block.firstColumn, block.lastRow, block.lastColumn));
      range.load("values");
      return { block, range };
    });
    await context.sync();
    for (const { block, range } of loaded) {
      const rect = { row: block.firstRow, column: block.firstColumn, rows: block.lastRow - block.firstRow + 1, columns: block.lastColumn - block.firstColumn + 1 };
      place(reads[block.sheet], rect, range.values as unknown[][]);
    }
  }

  return reads.map(({ name, hidden, used, values }) => ({
    name,
    origin: used ? { row: used.row, column: used.column } : { row: 1, column: 1 },
    values,
    hidden,
  }));
}

type Part = Omit<PendingRows, "sheet" | "bytesPerRow">;

/** The used range minus the first block: the rows below it, and the columns right of it in its rows. */
function outsideHead(used: Rect): Part[] {
  const lastRow = used.row + used.rows - 1;
  const lastColumn = used.column + used.columns - 1;
  const parts: Part[] = [];
  const below = Math.max(used.row, HEAD_ROWS + 1);
  if (below <= lastRow) parts.push({ firstRow: below, lastRow, firstColumn: used.column, lastColumn });
  const right = Math.max(used.column, HEAD_COLUMNS + 1);
  const headLast = Math.min(lastRow, HEAD_ROWS);
  if (right <= lastColumn && used.row <= headLast) parts.push({ firstRow: used.row, lastRow: headLast, firstColumn: right, lastColumn });
  return parts;
}

function rectOf(address: string, rows: number, columns: number): Rect {
  const [from] = localAddress(address).split(":");
  const { row, column } = parseA1(from);
  return { row, column, rows, columns };
}

/** Copies a loaded block into the sheet's used-range matrix; Excel's "" for empty becomes null. */
function place(read: SheetRead, at: Rect, values: unknown[][]): void {
  if (!read.used) return;
  const dr = at.row - read.used.row;
  const dc = at.column - read.used.column;
  values.forEach((line, r) => {
    const target = read.values[r + dr];
    if (!target) return;
    line.forEach((v, c) => {
      if (c + dc >= 0 && c + dc < target.length) target[c + dc] = toCellValue(v);
    });
  });
}

function toCellValue(v: unknown): CellValue {
  if (v === "" || v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  return String(v);
}

/** What a read returns: the sheets asked for, and the name of every sheet it saw (for the write that follows). */
export interface WorkbookRead {
  sheets: SheetData[];
  names: string[];
}
