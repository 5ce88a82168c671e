import { a1 } from "../cells";
import type { FindingPlace } from "../findings/finding";
import type { SheetLayout } from "./model";

/**
 * Where a field of a register row is, for a finding made while the register is
 * read: the sheet, the row, the cell and the header as written (no cell when the
 * column is missing).
 */
export function cellPlace(
  layout: SheetLayout | undefined,
  row: number,
  field: string,
): Pick<FindingPlace, "sheet" | "row" | "cell" | "column"> {
  const column = layout?.columns[field];
  return { sheet: layout?.name, row, cell: column ? a1(row, column) : undefined, column: layout?.headers[field] };
}
