/**
 * A cell value as both hosts give it cheaply: Excel's `range.values` yields
 * strings, numbers and booleans (dates as serial numbers); exceljs adds Date.
 * Formula errors arrive as their display text ("#REF!").
 */
export type CellValue = string | number | boolean | Date | null;

/** An A1 address such as "E7" (1-based row, letters for the column). */
export type A1 = string & { readonly __a1: unique symbol };

/** A rectangular A1 range such as "A1:D9": what an adapter writes where a host wants an address. */
export type A1Range = string & { readonly __a1range: unique symbol };

/**
 * A rectangle of cells by 1-based rows and columns, both corners included: how
 * the core hands ranges to the hosts, which turn it into an address only where
 * their API wants one.
 */
export interface CellRange {
  row1: number;
  col1: number;
  row2: number;
  col2: number;
}

/** Column letters for a 1-based column number: 1 → A, 28 → AB. */
export function columnLetters(column1: number): string {
  let n = column1;
  let out = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** The A1 address of a 1-based row and column. */
export function a1(row1: number, column1: number): A1 {
  return `${columnLetters(column1)}${row1}` as A1;
}

/** The A1 range spanning two 1-based corners. */
export function a1Range(row1: number, col1: number, row2: number, col2: number): A1Range {
  return `${a1(row1, col1)}:${a1(row2, col2)}` as A1Range;
}

/** The range spanning two 1-based corners; one cell when the second is left out. */
export function cellRange(row1: number, col1: number, row2 = row1, col2 = col1): CellRange {
  return { row1, col1, row2, col2 };
}

/** A range as an A1 address ("B5:D9", a single cell as "B5:B5"). */
export function rangeAddress(range: CellRange): A1Range {
  return a1Range(range.row1, range.col1, range.row2, range.col2);
}

/** A range from an A1 address, "B5:D9" or one cell "B5" ("$" signs allowed), as hosts and files write them. */
export function parseRange(address: string): CellRange {
  const [from, to = from] = address.split(":");
  const a = parseA1(from);
  const b = parseA1(to);
  return { row1: a.row, col1: a.column, row2: b.row, col2: b.column };
}

/** True when a 1-based row and column lie inside the range. */
export function rangeHas(range: CellRange, row: number, column: number): boolean {
  return row >= range.row1 && row <= range.row2 && column >= range.col1 && column <= range.col2;
}

/** 1-based row and column of an A1 address ("$" signs allowed). */
export function parseA1(address: string): { row: number; column: number } {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!m) {
    throw new RangeError(`Not an A1 address: ${address}`);
  }
  let column = 0;
  for (const ch of m[1].toUpperCase()) {
    column = column * 26 + (ch.charCodeAt(0) - 64);
  }
  return { row: Number(m[2]), column };
}

const ERROR_VALUES = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#FIELD!",
  "#BLOCKED!",
  "#UNKNOWN!",
  "#BUSY!",
  "#CONNECT!",
]);

/** True for a formula error value such as "#REF!" or "#N/A". */
export function isErrorValue(value: CellValue): value is string {
  // Checked for every cell: rule out the common case before any string work.
  if (typeof value !== "string" || value.length > 16) {
    return false;
  }
  const t = value.trim();
  return t.charCodeAt(0) === 35 /* # */ && ERROR_VALUES.has(t.toUpperCase());
}

/** True when a cell holds nothing a user typed (null or only white space). */
export function isBlank(value: CellValue): boolean {
  return value === null || (typeof value === "string" && value.trim() === "");
}

/** A cell value as plain text, for messages and text columns. */
export function cellText(value: CellValue): string {
  if (value === null) {
    return "";
  }
  // An unreadable date (NaN time) has no text; toISOString would throw on it.
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  }
  return String(value).trim();
}
