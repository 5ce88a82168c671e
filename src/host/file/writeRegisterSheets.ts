import type ExcelJS from "exceljs";
import type { RegisterLayout, RegisterSheetLayout, ValidationSpec } from "../../core/register/layoutEmptyRegister";

/** Writes an empty register's sheets (headers, code lists, dropdowns) into an exceljs workbook. */
export function writeRegisterSheets(workbook: ExcelJS.Workbook, layout: RegisterLayout): void {
  for (const sheet of layout.sheets) writeSheet(workbook.addWorksheet(sheet.name), sheet);
}

function writeSheet(ws: ExcelJS.Worksheet, sheet: RegisterSheetLayout): void {
  ws.addRow(sheet.header);
  for (const row of sheet.rows) ws.addRow(row);
  const header = ws.getRow(1);
  const { bold, fill, fontColor } = sheet.headerStyle;
  header.eachCell((cell) => {
    cell.font = { bold: bold ?? false, ...(fontColor ? { color: { argb: `FF${fontColor}` } } : {}) };
    if (fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${fill}` } };
  });
  sheet.columnWidths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  ws.views = [{ state: "frozen", ySplit: 1, xSplit: 0 }];
  // exceljs accepts a whole range as the key of one validation, which keeps the file small.
  const validations = (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  for (const v of sheet.validations) validations.add(v.range, toExcelJs(v));
}

function toExcelJs(v: ValidationSpec): ExcelJS.DataValidation {
  const common = { allowBlank: true, showErrorMessage: true, error: v.error };
  if (v.kind === "whole") return { ...common, type: "whole", operator: "between", formulae: [v.min, v.max] };
  if ("values" in v) return { ...common, type: "list", formulae: [`"${v.values.join(",")}"`] };
  return { ...common, type: "list", formulae: [v.formula] };
}
