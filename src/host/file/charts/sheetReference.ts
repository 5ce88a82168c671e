import { columnLetters, parseA1 } from "../../../core/cells";

/**
 * An absolute reference to a cell or range on a sheet, as chart formulas need
 * it: the sheet name always quoted (spaces, apostrophes, æøå), "$" on both parts.
 */
export function sheetReference(sheet: string, range: string): string {
  const [from, to] = range.split(":");
  const corners = to === undefined || to === from ? [from] : [from, to];
  return `'${sheet.replace(/'/g, "''")}'!${corners.map(absolute).join(":")}`;
}

/** How many cells a range holds (rows × columns). */
export function rangeSize(range: string): number {
  const [from, to = from] = range.split(":");
  const a = parseA1(from);
  const b = parseA1(to);
  return (Math.abs(b.row - a.row) + 1) * (Math.abs(b.column - a.column) + 1);
}

function absolute(address: string): string {
  const { row, column } = parseA1(address);
  return `$${columnLetters(column)}$${row}`;
}
