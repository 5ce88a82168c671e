import { a1Range, columnLetters, type CellValue } from "../../core/cells";
import type { CellWrite } from "../../core/template/registerEdits";
import { toExcelInput } from "./excelInput";
import { jsonBytes } from "./payloadSize";
import { ACTION_BYTES, type SyncBudget } from "./syncBudget";

/**
 * Writes one row's cells; neighbouring cells go as one block, and text
 * keeps its quote prefix, so a reason beginning with "=" stays text.
 */
export async function writeRowCells(ws: Excel.Worksheet, row: number, cells: readonly CellWrite[], budget: SyncBudget): Promise<void> {
  for (const run of contiguousRuns(cells)) {
    const values = [run.map((c) => toExcelInput(c.value))];
    await budget.reserve(ACTION_BYTES + jsonBytes(values));
    const range = ws.getRange(a1Range(row, run[0].column, row, run[run.length - 1].column));
    range.values = values;
    for (const c of run) {
      if (!c.numFmt) {
        continue;
      }
      await budget.reserve(ACTION_BYTES);
      ws.getRange(`${columnLetters(c.column)}${row}`).numberFormat = [[c.numFmt]];
    }
  }
}

/** Writes whole rows of values from column A, starting at `top`, as one block. */
export async function writeRowBlock(ws: Excel.Worksheet, top: number, rows: readonly CellValue[][], budget: SyncBudget): Promise<void> {
  const width = rows.reduce((w, line) => Math.max(w, line.length), 0);
  if (rows.length === 0 || width === 0) {
    return;
  }
  const values = rows.map((line) => Array.from({ length: width }, (_, c) => toExcelInput(line[c] ?? null)));
  await budget.reserve(ACTION_BYTES + jsonBytes(values));
  ws.getRange(a1Range(top, 1, top + rows.length - 1, width)).values = values;
}

function contiguousRuns(cells: readonly CellWrite[]): CellWrite[][] {
  const sorted = [...cells].sort((a, b) => a.column - b.column);
  const runs: CellWrite[][] = [];
  for (const c of sorted) {
    const last = runs[runs.length - 1];
    if (last && last[last.length - 1].column === c.column - 1) {
      last.push(c);
    } else {
      runs.push([c]);
    }
  }
  return runs;
}
