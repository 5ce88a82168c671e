import type ExcelJS from "exceljs";
import type { CellValue } from "../../core/cells";
import type { CellWrite, LogEdits, RegisterEdits, RowOp } from "../../core/template/registerEdits";
import { HostError } from "../../workbook/errors";

const LOG_WIDTHS = [36, 10, 10, 26, 12, 14, 80];

/**
 * Applies an import's edits to a register loaded with exceljs: row
 * operations in the order given, through the column numbers the core found
 * (columns it does not know, and every other sheet, stay as they were), then
 * the log rows below the log sheet's last row.
 */
export function applyRegisterEdits(workbook: ExcelJS.Workbook, edits: RegisterEdits): void {
  for (const s of edits.sheets) {
    const ws = workbook.worksheets.find((w) => w.name === s.sheet);
    if (!ws) throw new HostError(`The register has no sheet named ${s.sheet}`);
    for (const op of s.ops) applyOp(ws, op);
  }
  appendLog(workbook, edits.log);
}

function applyOp(ws: ExcelJS.Worksheet, op: RowOp): void {
  switch (op.kind) {
    case "set":
      writeCells(ws.getRow(op.row), op.cells);
      break;
    case "delete":
      ws.spliceRows(op.row, op.count);
      break;
    case "insert":
      ws.spliceRows(op.row, 0, ...op.rows.map(() => []));
      op.rows.forEach((cells, i) => {
        const row = ws.getRow(op.row + i);
        if (op.styleFrom !== undefined) copyFormats(ws.getRow(op.styleFrom), row);
        writeCells(row, cells);
      });
      break;
  }
}

function writeCells(row: ExcelJS.Row, cells: readonly CellWrite[]): void {
  for (const c of cells) {
    const cell = row.getCell(c.column);
    cell.value = c.value;
    if (c.numFmt) cell.numFmt = c.numFmt;
  }
}

function copyFormats(from: ExcelJS.Row, to: ExcelJS.Row): void {
  from.eachCell({ includeEmpty: true }, (cell, column) => {
    to.getCell(column).style = structuredClone(cell.style);
  });
  if (from.height) to.height = from.height;
}

function appendLog(workbook: ExcelJS.Workbook, log: LogEdits): void {
  if (log.rows.length === 0) return;
  let ws = workbook.worksheets.find((w) => w.name.trim().toLowerCase() === log.sheet.toLowerCase());
  if (!ws) {
    ws = workbook.addWorksheet(log.sheet);
    ws.addRow(log.header).font = { bold: true };
    LOG_WIDTHS.forEach((w, i) => (ws!.getColumn(i + 1).width = w));
    ws.views = [{ state: "frozen", ySplit: 1 }];
  }
  let last = ws.rowCount;
  while (last > 0 && !ws.getRow(last).hasValues) last--;
  log.rows.forEach((values: CellValue[], i) => {
    const row = ws!.getRow(last + 1 + i);
    values.forEach((v, c) => (row.getCell(c + 1).value = v));
  });
}
