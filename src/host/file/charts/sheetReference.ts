import { a1, type CellRange } from "../../../core/cells";

/**
 * An absolute reference to a cell or range on a sheet, as chart formulas need
 * it: the sheet name always quoted (spaces, apostrophes, æøå), "$" on both parts.
 */
export function sheetReference(sheet: string, range: CellRange): string {
  const from = absolute(range.row1, range.col1);
  const corners = range.row1 === range.row2 && range.col1 === range.col2 ? from : `${from}:${absolute(range.row2, range.col2)}`;
  return `'${sheet.replace(/'/g, "''")}'!${corners}`;
}

/** How many cells a range holds (rows × columns). */
export function rangeSize(range: CellRange): number {
  return (Math.abs(range.row2 - range.row1) + 1) * (Math.abs(range.col2 - range.col1) + 1);
}

function absolute(row: number, column: number): string {
  return a1(row, column).replace(/^([A-Z]+)/, "$$$1$$");
}
