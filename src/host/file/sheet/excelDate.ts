const MS_PER_DAY = 86_400_000;
// Days from 1899-12-30 (Excel's day 0 as JavaScript counts it) to 1970-01-01, and from the 1900 to the 1904 system.
const EPOCH_1900 = 25569;
const OFFSET_1904 = 1462;

/** An Excel serial date (either date system) as a UTC Date, to the millisecond. */
export function excelDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - EPOCH_1900 + (date1904 ? OFFSET_1904 : 0)) * MS_PER_DAY));
}

/** The Excel serial of a UTC Date in the workbook's date system (1900, or 1904 as Mac workbooks may count). */
export function excelSerial(date: Date, date1904: boolean): number {
  return date.getTime() / MS_PER_DAY + EPOCH_1900 - (date1904 ? OFFSET_1904 : 0);
}

const ISO_LOCAL = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d+))?)?)?$/;

/** A t="d" cell's ISO 8601 text as a Date: without a zone it is taken as UTC, as Excel shows it. */
export function isoDate(text: string): Date {
  const t = text.trim();
  const m = ISO_LOCAL.exec(t);
  if (!m) {
    return new Date(t);
  }
  const [, y, mo, d, h = "0", mi = "0", s = "0", frac = "0"] = m;
  return new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), Math.round(Number(`0.${frac}`) * 1000)));
}
