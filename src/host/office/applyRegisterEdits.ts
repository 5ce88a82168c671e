import type { LogEdits, RegisterEdits, RowOp } from "../../core/template/registerEdits";
import { HostError } from "../../workbook/errors";
import { localAddress, sameSheetName } from "./sheetReference";
import { ACTION_BYTES, SyncBudget } from "./syncBudget";
import { charactersToPoints } from "./writeReportSheet";
import { writeRowBlock, writeRowCells } from "./writeRows";

const LOG_WIDTHS = [36, 10, 10, 26, 12, 14, 80];

/**
 * Applies an import's edits to the open register, as the file host does:
 * row operations in the order given, by the column numbers the core found,
 * then the log rows below the log sheet's last row. Reads first (the sheet
 * list, and the log's used range when the log exists), then every write in
 * one sync unless the writes pass 4 MB, then one sync to recalculate.
 */
export async function applyRegisterEdits(context: Excel.RequestContext, edits: RegisterEdits): Promise<void> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  const names = worksheets.items.map((ws) => ws.name);
  for (const s of edits.sheets) {
    if (!names.includes(s.sheet)) {
      throw new HostError(`The register has no sheet named ${s.sheet}`, { reason: "sheet-missing", subject: s.sheet });
    }
  }
  const logName = names.find((n) => sameSheetName(n, edits.log.sheet));
  const lastLogRow = edits.log.rows.length > 0 && logName ? await lastUsedRow(context, worksheets.getItem(logName)) : 0;

  const budget = new SyncBudget(context);
  for (const s of edits.sheets) {
    const ws = worksheets.getItem(s.sheet);
    for (const op of s.ops) {
      await applyOp(ws, op, budget);
    }
  }
  await appendLog(worksheets, edits.log, logName, lastLogRow, budget);
  // The office's own formulas over register cells must see the new rows.
  await budget.finish({ recalculate: true });
}

async function applyOp(ws: Excel.Worksheet, op: RowOp, budget: SyncBudget): Promise<void> {
  switch (op.kind) {
    case "set":
      await writeRowCells(ws, op.row, op.cells, budget);
      break;
    case "delete":
      await budget.reserve(ACTION_BYTES * 2);
      ws.getRange(`${op.row}:${op.row + op.count - 1}`).delete("Up");
      break;
    case "insert": {
      if (op.rows.length === 0) {
        break;
      }
      await budget.reserve(ACTION_BYTES * 2);
      ws.getRange(`${op.row}:${op.row + op.rows.length - 1}`).insert("Down");
      for (const [i, cells] of op.rows.entries()) {
        const row = op.row + i;
        if (op.styleFrom !== undefined) {
          await budget.reserve(ACTION_BYTES * 2);
          ws.getRange(`${row}:${row}`).copyFrom(`${op.styleFrom}:${op.styleFrom}`, "Formats");
        }
        await writeRowCells(ws, row, cells, budget);
      }
      break;
    }
  }
}

async function appendLog(
  worksheets: Excel.WorksheetCollection,
  log: LogEdits,
  existing: string | undefined,
  lastRow: number,
  budget: SyncBudget,
): Promise<void> {
  if (log.rows.length === 0) {
    return;
  }
  let ws: Excel.Worksheet;
  let top = lastRow + 1;
  if (existing) {
    ws = worksheets.getItem(existing);
  } else {
    ws = worksheets.add(log.sheet);
    await writeRowBlock(ws, 1, [log.header], budget);
    await budget.reserve(ACTION_BYTES * (3 + LOG_WIDTHS.length));
    ws.getRange("1:1").format.font.bold = true;
    ws.freezePanes.freezeRows(1);
    LOG_WIDTHS.forEach((w, i) => {
      const column = String.fromCharCode(65 + i);
      ws.getRange(`${column}:${column}`).format.columnWidth = charactersToPoints(w);
    });
    top = 2;
  }
  await writeRowBlock(ws, top, log.rows, budget);
}

/** The last row holding a value (0 for an empty sheet), in one sync. */
async function lastUsedRow(context: Excel.RequestContext, ws: Excel.Worksheet): Promise<number> {
  const used = ws.getUsedRangeOrNullObject(true);
  used.load("address");
  await context.sync();
  if (used.isNullObject) {
    return 0;
  }
  const [, to] = localAddress(used.address).split(":");
  const match = /(\d+)$/.exec(to ?? localAddress(used.address));
  return match ? Number(match[1]) : 0;
}
