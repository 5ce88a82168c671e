import { a1Range, type CellValue } from "../../core/cells";
import { toExcelInput, type ExcelInput } from "./excelInput";
import { jsonBytes } from "./payloadSize";
import { ACTION_BYTES, type SyncBudget } from "./syncBudget";

/**
 * Writes a report sheet's values from A1 as one 2-D block, or as a few row
 * blocks when the block alone would pass the sync budget.
 */
export async function writeValues(ws: Excel.Worksheet, values: readonly CellValue[][], budget: SyncBudget): Promise<void> {
  const width = values.reduce((w, line) => Math.max(w, line.length), 0);
  if (values.length === 0 || width === 0) {
    return;
  }
  const rows = values.map((line) => Array.from({ length: width }, (_, c) => toExcelInput(line[c] ?? null)));
  for (const block of rowBlocks(rows, budget.budget - ACTION_BYTES)) {
    await budget.reserve(block.bytes + ACTION_BYTES);
    ws.getRange(a1Range(block.first + 1, 1, block.first + block.rows.length, width)).values = block.rows;
  }
}

interface RowBlock {
  first: number;
  rows: ExcelInput[][];
  bytes: number;
}

/** Consecutive rows grouped so each group's JSON stays within `limit` bytes. */
function rowBlocks(rows: ExcelInput[][], limit: number): RowBlock[] {
  const blocks: RowBlock[] = [];
  let current: RowBlock = { first: 0, rows: [], bytes: 2 };
  rows.forEach((line, i) => {
    const bytes = jsonBytes(line) + 1;
    if (current.rows.length > 0 && current.bytes + bytes > limit) {
      blocks.push(current);
      current = { first: i, rows: [], bytes: 2 };
    }
    current.rows.push(line);
    current.bytes += bytes;
  });
  blocks.push(current);
  return blocks;
}
