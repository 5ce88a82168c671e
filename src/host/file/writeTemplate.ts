import ExcelJS from "exceljs";
import { rangeAddress, type CellRange } from "../../core/cells";
import type { TemplateBook, TemplateSheetDoc, TemplateValidation } from "../../core/template/templateDoc";
import { applyStyle } from "./applyCellStyle";
import { lockWorkbookStructure } from "./writeTemplateLock";

type Validations = { add(range: string, v: ExcelJS.DataValidation): void };

/**
 * A new workbook holding a template book: the template sheets, protected
 * with their input cells unlocked, and the very hidden marker sheet. The
 * workbook's structure is locked too, so sheets cannot be renamed or removed.
 */
export async function writeTemplateWorkbook(book: TemplateBook): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await addTemplateBook(workbook, book);
  workbook.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: "visible" }];
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  return lockWorkbookStructure(bytes);
}

/** Adds a template book's sheets to a workbook (a new one, or a register), replacing sheets of the same names. */
export async function addTemplateBook(workbook: ExcelJS.Workbook, book: TemplateBook): Promise<void> {
  const names = new Set([book.markerSheet, ...book.templates.map((t) => t.marker.sheet)].map((n) => n.toLowerCase()));
  for (const ws of [...workbook.worksheets]) {
    if (names.has(ws.name.toLowerCase())) {
      workbook.removeWorksheet(ws.id);
    }
  }
  for (const doc of book.templates) {
    await renderTemplateSheet(workbook.addWorksheet(doc.marker.sheet), doc);
  }
  const marker = workbook.addWorksheet(book.markerSheet);
  book.marker.forEach((line, r) =>
    line.forEach((v, c) => {
      if (v !== null) {
        marker.getCell(r + 1, c + 1).value = v;
      }
    }),
  );
  // Very hidden: Excel's "Unhide" does not list it, so contacts never meet it.
  marker.state = "veryHidden";
}

async function renderTemplateSheet(ws: ExcelJS.Worksheet, doc: TemplateSheetDoc): Promise<void> {
  doc.values.forEach((line, r) =>
    line.forEach((v, c) => {
      if (v !== null) {
        ws.getCell(r + 1, c + 1).value = v;
      }
    }),
  );
  for (const { range, style } of doc.styles) {
    eachCell(ws, range, (cell) => applyStyle(cell, style));
  }
  for (const range of doc.inputs) {
    eachCell(ws, range, (cell) => (cell.protection = { locked: false }));
  }
  const validations = (ws as unknown as { dataValidations: Validations }).dataValidations;
  for (const v of doc.validations) {
    validations.add(rangeAddress(v.range), toExcel(v));
  }
  doc.columnWidths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  for (const [row, height] of Object.entries(doc.rowHeights)) {
    ws.getRow(Number(row)).height = height;
  }
  ws.views = [{ activeCell: doc.firstInput, showGridLines: false }];
  ws.pageSetup = { ...ws.pageSetup, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 };
  // No password: protection keeps honest mistakes out, and the office can always lift it.
  await ws.protect("", { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
}

function toExcel(v: TemplateValidation): ExcelJS.DataValidation {
  const common = { allowBlank: true, showErrorMessage: true, errorStyle: "stop", error: v.error } as const;
  switch (v.kind) {
    case "list":
      return { ...common, type: "list", formulae: [v.formula] };
    case "date":
      return { ...common, type: "date", operator: "greaterThan", formulae: [new Date(Date.UTC(2000, 0, 1))] };
    case "decimal":
      return { ...common, type: "decimal", operator: "greaterThanOrEqual", formulae: [v.min] };
  }
}

function eachCell(ws: ExcelJS.Worksheet, range: CellRange, fn: (cell: ExcelJS.Cell) => void): void {
  for (let r = range.row1; r <= range.row2; r++) {
    for (let c = range.col1; c <= range.col2; c++) {
      fn(ws.getCell(r, c));
    }
  }
}
