import type { CellValue } from "../../core/cells";

// Excel's day 0 is 1899-12-30; JavaScript's epoch is Excel day 25569.
const UNIX_EPOCH_SERIAL = 25569;
const DAY_MS = 86_400_000;

/** What `range.values` accepts from a report cell. */
export type ExcelInput = string | number | boolean;

/**
 * A report value as Excel should receive it. Excel parses `range.values`
 * like typed input: "=…", "+…", "-…" and "@…" become formulas, "0012" a
 * number, "03.04.2023" a date. Report text must stay text, so such strings
 * get Excel's quote prefix ("'"), which Excel keeps as a cell flag and never
 * shows or returns in `values`. The prefix travels inside the one values
 * block, so it cannot be undone by a later number format on the same range.
 */
export function toExcelInput(value: CellValue): ExcelInput {
  if (value === null) return "";
  if (value instanceof Date) return value.getTime() / DAY_MS + UNIX_EPOCH_SERIAL;
  if (typeof value === "number") return Number.isFinite(value) ? value : String(value);
  if (typeof value === "boolean") return value;
  return needsQuotePrefix(value) ? `'${value}` : value;
}

/** True for text Excel would otherwise turn into a formula, number, date or boolean. */
export function needsQuotePrefix(text: string): boolean {
  return FORMULA_START.test(text) || text.startsWith("'") || NUMBER_LIKE.test(text) || DATE_LIKE.test(text) || BOOLEAN_LIKE.test(text);
}

const FORMULA_START = /^[=+\-@]/;
const NUMBER_LIKE = /^\s*[-+]?(\d[\d\s.,]*|[.,]\d+)(e[-+]?\d+)?\s*%?\s*$/i;
const DATE_LIKE = /^\s*\d{1,4}[./-]\d{1,2}([./-]\d{1,4})?\s*$/;
const BOOLEAN_LIKE = /^\s*(true|false|sann|usann)\s*$/i;
