import type { CellValue } from "../../core/cells";

// Excel's day 0 is 1899-12-30; JavaScript's epoch is Excel day 25569.
const UNIX_EPOCH_SERIAL = 25569;
const DAY_MS = 86_400_000;

/** What `range.values` accepts from a report cell. */
export type ExcelInput = string | number | boolean;

/**
 * A cell value as Excel should receive it. Excel parses strings written to
 * `range.values` as typed input, locale-neutral: "=…", "+…", "-…" and "@…"
 * become formulas, and "0012", "12:30", "Jan 2024", "3 Apr", "(100)",
 * "1 1/2", "50%" or "#N/A" numbers, dates, times and error values. Guessing
 * which strings Excel would parse is a race against its parser, so every
 * string gets Excel's quote prefix ("'"): Excel stores the text as it is,
 * keeps the prefix as a cell flag, and never shows it or returns it in
 * `values`. The prefix travels inside the one values block, so a number
 * format applied later to the same cells cannot undo it. Numbers, dates and
 * booleans go as values, so they stay what Excel can calculate with.
 */
export function toExcelInput(value: CellValue): ExcelInput {
  if (value === null) {
    return "";
  }
  if (value instanceof Date) {
    return value.getTime() / DAY_MS + UNIX_EPOCH_SERIAL;
  }
  if (typeof value === "number") {
    return Number.isFinite(value) ? value : `'${String(value)}`;
  }
  if (typeof value === "boolean") {
    return value;
  }
  return value === "" ? "" : `'${value}`;
}
