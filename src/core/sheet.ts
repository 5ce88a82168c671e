import type { CellValue } from "./cells";

/**
 * One worksheet as the core sees it: a 2-D block of values and where the block
 * starts (Excel's used range rarely starts at A1). Rows and columns are 1-based.
 */
export interface SheetData {
  name: string;
  /** Sheet row and column of values[0][0]. */
  origin: { row: number; column: number };
  values: CellValue[][];
  /** Hidden or very hidden in the host; the core keeps but never reads report data from them. */
  hidden?: boolean;
}

/** The value at a 1-based sheet row and column, null outside the block. */
export function cellAt(sheet: SheetData, row1: number, column1: number): CellValue {
  const r = row1 - sheet.origin.row;
  const c = column1 - sheet.origin.column;
  if (r < 0 || c < 0) {
    return null;
  }
  const line = sheet.values[r];
  if (!line || c >= line.length) {
    return null;
  }
  const v = line[c];
  return v === undefined ? null : v;
}

/** Finds a sheet by name: case-insensitive and trimmed, as the format says. */
export function findSheet(sheets: readonly SheetData[], ...names: string[]): SheetData | undefined {
  const wanted = new Set(names.map(normalizeName));
  return sheets.find((s) => wanted.has(normalizeName(s.name)));
}

/** Header and sheet names compare case-insensitively after trimming. */
export function normalizeName(name: string): string {
  // toLowerCase handles æøå like the Norwegian locale does, and is many times faster.
  return name.trim().replace(/\s+/g, " ").toLowerCase();
}
