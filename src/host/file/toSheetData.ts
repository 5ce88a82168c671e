import type ExcelJS from "exceljs";
import type { CellValue } from "../../core/cells";
import type { SheetData } from "../../core/sheet";

/**
 * A worksheet as the core's 2-D block. exceljs's rich values are flattened
 * the way Excel's `range.values` shows them: a formula by its result, rich
 * text and hyperlinks by their text, an error by its code ("#REF!").
 */
export function toSheetData(ws: ExcelJS.Worksheet): SheetData {
  const values: CellValue[][] = [];
  let firstRow = 0;
  let firstCol = Infinity;
  let lastCol = 0;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (firstRow === 0) firstRow = rowNumber;
    row.eachCell({ includeEmpty: false }, (_cell, col) => {
      if (col < firstCol) firstCol = col;
      if (col > lastCol) lastCol = col;
    });
  });
  if (firstRow === 0) return { name: ws.name, origin: { row: 1, column: 1 }, values: [], hidden: ws.state !== "visible" };
  const width = lastCol - firstCol + 1;
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const line: CellValue[] = new Array<CellValue>(width).fill(null);
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      line[col - firstCol] = plainValue(cell.value);
    });
    values[rowNumber - firstRow] = line;
  });
  for (let i = 0; i < values.length; i++) if (!values[i]) values[i] = new Array<CellValue>(width).fill(null);
  return { name: ws.name, origin: { row: firstRow, column: firstCol }, values, hidden: ws.state !== "visible" };
}

/** One exceljs cell value as a plain cell value. */
export function plainValue(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean" || v instanceof Date) return v;
  if ("error" in v) return v.error;
  if ("richText" in v) return v.richText.map((r) => r.text).join("");
  if ("formula" in v || "sharedFormula" in v) {
    const result = (v as { result?: unknown }).result;
    if (result === undefined || result === null) return null;
    if (typeof result === "object" && result !== null && "error" in result) return (result as { error: string }).error;
    return result as CellValue;
  }
  if ("hyperlink" in v) return plainValue((v as { text: ExcelJS.CellValue }).text);
  return null;
}
