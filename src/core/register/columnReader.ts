import type { CellValue } from "../cells";
import type { Code } from "./codes";
import type { ColumnType } from "./format";
import { readCell, type CellRead } from "./readCell";

/** Reads the cells of one column: readCell with its type and code list fixed. */
export type ColumnReader = (value: CellValue) => CellRead;

// Registers repeat the same IDs, codes, periods, dates and texts in row after row: remembering
// each distinct cell's reading turns the parsing (normalising, regexes, date arithmetic) and
// the result object into one map lookup. Only types whose reading is an immutable string,
// number or boolean are cached (not "codes", a list, nor "amount", an object), so a shared
// result can never be changed through one record and seen in another.
const CACHED: ReadonlySet<ColumnType> = new Set<ColumnType>(["code", "yesno", "period", "date", "year", "text", "email"]);

/**
 * A reader for one column of one sheet read, remembering what each distinct
 * cell value read as. Gives exactly what readCell gives for the same cell.
 */
export function columnReader(type: ColumnType, list: readonly Code[] | undefined): ColumnReader {
  if (!CACHED.has(type)) {
    return (value) => readCell(value, type, list);
  }
  const byText = new Map<string | number, CellRead>();
  const byTime = new Map<number, CellRead>();
  const remembered = <K>(cache: Map<K, CellRead>, key: K, value: CellValue): CellRead => {
    let result = cache.get(key);
    if (result === undefined) {
      result = readCell(value, type, list);
      cache.set(key, result);
    }
    return result;
  };
  return (value) => {
    // exceljs gives a new Date object per cell: the same day is found by its time.
    if (value instanceof Date) {
      return remembered(byTime, value.getTime(), value);
    }
    if (typeof value === "string" || typeof value === "number") {
      return remembered(byText, value, value);
    }
    return readCell(value, type, list);
  };
}
