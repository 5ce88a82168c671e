import { isBlank, type CellValue } from "../cells";
import type { RowRef } from "../register/model";
import type { SheetData } from "../sheet";

/**
 * Where one field's cells sit in its sheet. Rules that read a field row after
 * row look this up once: per cell, the lookups by sheet and field name cost
 * more than reading the cell.
 */
export interface FieldColumn {
  sheet: SheetData;
  /** Index into each line of sheet.values. */
  index: number;
}

/** The field's column in a sheet; undefined when the sheet or the column is missing. */
export function fieldColumn(sheet: SheetData | undefined, column: number | undefined): FieldColumn | undefined {
  return sheet && column !== undefined ? { sheet, index: column - sheet.origin.column } : undefined;
}

/** The raw value of a field in a 1-based sheet row, null when its column is missing (as cellAt gives). */
export function cellIn(field: FieldColumn | undefined, row: number): CellValue {
  if (field === undefined) {
    return null;
  }
  const { sheet, index } = field;
  const r = row - sheet.origin.row;
  if (r < 0 || index < 0) {
    return null;
  }
  const line = sheet.values[r];
  if (!line) {
    return null;
  }
  const v = line[index];
  return v === undefined ? null : v;
}

/**
 * True when a record's field cell is empty. A field that read as a value came
 * from a filled cell, so only an absent (empty or unreadable) one needs its cell
 * looked at: most rows are answered without touching the sheet.
 */
export function isRecordFieldBlank(record: RowRef, field: string, column: FieldColumn | undefined): boolean {
  return (record as unknown as Record<string, unknown>)[field] === undefined && isBlank(cellIn(column, record.row));
}
