import { a1Range, parseA1, type CellValue } from "../../core/cells";
import type { SheetData } from "../../core/sheet";
import { jsonBytes, MAX_SYNC_BYTES } from "./payloadSize";
import { planReadBlocks, type PendingRows } from "./planReadBlocks";
import { localAddress } from "./sheetReference";

/** Rows read with the sheet list's sizes: enough for most registers, small enough never to near 4 MB. */
export const HEAD_ROWS = 100;
/** Later rows may be longer than the first ones; blocks are planned to fill only part of a sync. */
const SAFETY = 1.5;
/** Bytes assumed per cell when a sheet's data starts below the head and nothing was sampled. */
const UNSAMPLED_BYTES_PER_CELL = 400;

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
 * Reads every worksheet's used range in one batch: the sheet list; then in
 * one sync each sheet's used-range size and its first rows; then the rest,
 * packed into as few syncs as keep each under 4 MB. For registers up to a few
 * MB that is three syncs, whatever the number of rows.
 */
export async function readAllSheets(context: Excel.RequestContext): Promise<SheetData[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/visibility");
  await context.sync();

  const probes = worksheets.items.map((ws) => {
    const used = ws.getUsedRangeOrNullObject(true);
    used.load("address,rowCount,columnCount");
    const head = ws.getRange(`1:${HEAD_ROWS}`).getUsedRangeOrNullObject(true);
    head.load("address,values");
    return { ws, used, head };
  });
  await context.sync();

  const reads: SheetRead[] = [];
  const pending: PendingRows[] = [];
  probes.forEach(({ ws, used, head }, index) => {
    const read: SheetRead = { name: ws.name, hidden: ws.visibility !== "Visible", values: [] };
    reads.push(read);
    if (used.isNullObject) return;
    const rect = rectOf(used.address, used.rowCount, used.columnCount);
    read.used = rect;
    read.values = Array.from({ length: rect.rows }, () => new Array<CellValue>(rect.columns).fill(null));
    let bytesPerCell = UNSAMPLED_BYTES_PER_CELL;
    if (!head.isNullObject) {
      const headValues = head.values as unknown[][];
      place(read, rectOf(head.address, headValues.length, headValues[0]?.length ?? 0), headValues);
      bytesPerCell = jsonBytes(headValues) / Math.max(1, headValues.length * (headValues[0]?.length ?? 1));
    }
    const firstRow = Math.max(rect.row, HEAD_ROWS + 1);
    const lastRow = rect.row + rect.rows - 1;
    if (firstRow > lastRow) return;
    pending.push({
      sheet: index, firstRow, lastRow, firstColumn: rect.column, lastColumn: rect.column + rect.columns - 1,
      bytesPerRow: Math.ceil(bytesPerCell * rect.columns) + 2,
    });
  });

  for (const blocks of planReadBlocks(pending, MAX_SYNC_BYTES / SAFETY)) {
    const loaded = blocks.map((block) => {
      const range = probes[block.sheet].ws.getRange(a1Range(block.firstRow, block.firstColumn, block.lastRow, block.lastColumn));
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
