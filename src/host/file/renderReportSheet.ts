import type ExcelJS from "exceljs";
import { parseA1 } from "../../core/cells";
import type { CellStyle, ReportSheet } from "../../core/report/reportSheet";

/** Draws a report sheet's values and formats into an empty exceljs worksheet. */
export function renderReportSheet(ws: ExcelJS.Worksheet, sheet: ReportSheet): void {
  sheet.values.forEach((line, r) => {
    line.forEach((value, c) => {
      // Strings are set as plain values: exceljs never turns "=…" text into a formula.
      if (value !== null) ws.getCell(r + 1, c + 1).value = value;
    });
  });
  for (const { range, style } of sheet.styles) {
    const [from, to = from] = range.split(":");
    const a = parseA1(from);
    const b = parseA1(to);
    for (let r = a.row; r <= b.row; r++) {
      for (let c = a.column; c <= b.column; c++) applyStyle(ws.getCell(r, c), style);
    }
  }
  for (const m of sheet.merges) ws.mergeCells(m);
  sheet.columnWidths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  for (const [row, height] of Object.entries(sheet.rowHeights ?? {})) ws.getRow(Number(row)).height = height;
  if (sheet.freezeRows > 0) ws.views = [{ state: "frozen", ySplit: sheet.freezeRows, xSplit: 0 }];
  for (const link of sheet.links) {
    const cell = ws.getCell(link.cell);
    const text = cell.value === null || cell.value === undefined ? link.target : String(cell.value);
    cell.value = { text, hyperlink: `#${quoteSheet(link.sheet)}!${link.target}` };
    cell.font = { ...cell.font, color: { argb: "FF0563C1" }, underline: true };
  }
  ws.pageSetup = {
    ...ws.pageSetup,
    orientation: sheet.print.landscape ? "landscape" : "portrait",
    fitToPage: sheet.print.fitToWidth,
    fitToWidth: 1,
    fitToHeight: 0,
    paperSize: 9,
  };
}

/** A sheet name as a formula reference needs it: always quoted, apostrophes doubled. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

export function applyStyle(cell: ExcelJS.Cell, s: CellStyle): void {
  if (s.bold !== undefined || s.italic !== undefined || s.fontSize !== undefined || s.fontColor !== undefined) {
    cell.font = {
      // A font without a name falls back to a serif face in some readers; keep the workbook's default.
      name: "Calibri",
      size: 11,
      ...cell.font,
      ...(s.bold !== undefined ? { bold: s.bold } : {}),
      ...(s.italic !== undefined ? { italic: s.italic } : {}),
      ...(s.fontSize !== undefined ? { size: s.fontSize } : {}),
      ...(s.fontColor !== undefined ? { color: { argb: `FF${s.fontColor}` } } : {}),
    };
  }
  if (s.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${s.fill}` } };
  if (s.numFmt) cell.numFmt = s.numFmt;
  if (s.horizontal || s.wrap) {
    cell.alignment = { ...cell.alignment, ...(s.horizontal ? { horizontal: s.horizontal } : {}), ...(s.wrap ? { wrapText: true, vertical: "top" } : {}) };
  }
  if (s.border) {
    const thin = { style: "thin" as const, color: { argb: "FFBFBFBF" } };
    cell.border = s.border === "thin" ? { top: thin, left: thin, bottom: thin, right: thin } : { ...cell.border, [s.border]: thin };
  }
}
