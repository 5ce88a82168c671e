// OWASP "CSV injection": a spreadsheet opening a text file runs a cell that starts with one of these.
const FORMULA_START = /^[=+\-@\t\r]/;

/** True when a text, written into a CSV or typed into a cell, would be taken for a formula. */
export function startsLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

/**
 * Text from a workbook made safe for a file a spreadsheet will open: a leading
 * apostrophe when it starts like a formula (=, +, -, @, tab, carriage return),
 * otherwise unchanged. Excel shows the apostrophe, so the value stays readable.
 */
export function neutralizeFormula(text: string): string {
  return startsLikeFormula(text) ? `'${text}` : text;
}
