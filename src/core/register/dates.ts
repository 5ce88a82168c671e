/** A calendar date as ISO text, "2023-04-03". */
export type IsoDate = string & { readonly __isoDate: unique symbol };

// Excel's day 0 is 1899-12-30 once its 1900 leap-year bug is accounted for.
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
// Serials outside 1900–2200 are almost surely not dates but amounts typed in the wrong column
// (0 and below are Excel's "1900-01-00" and earlier; 2958466 would be the year 10000).
const FIRST_SERIAL = 1;
const LAST_SERIAL = 110_000;

/**
 * Reads a date cell: a Date (exceljs), an Excel serial number (as Excel's range.values gives dates), or
 * text as ISO (2023-04-03) or Norwegian (03.04.2023). Undefined when it is none, or a day outside
 * 1900–2200, however it was written.
 */
export function parseDate(value: string | number | Date): IsoDate | undefined {
  if (value instanceof Date) {
    return parseDate((value.getTime() - EXCEL_EPOCH_MS) / DAY_MS);
  }
  if (typeof value === "number") {
    if (!Number.isFinite(value) || value < FIRST_SERIAL || value >= LAST_SERIAL + 1) {
      return undefined;
    }
    return fromUtc(new Date(EXCEL_EPOCH_MS + Math.floor(value) * DAY_MS));
  }
  const t = value.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m) {
    return inRange(fromParts(Number(m[1]), Number(m[2]), Number(m[3])));
  }
  m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(t);
  if (m) {
    return inRange(fromParts(Number(m[3]), Number(m[2]), Number(m[1])));
  }
  return undefined;
}

/** The Excel serial number of an ISO date, for writing date cells through the Excel host. */
export function toExcelSerial(date: IsoDate): number {
  return (Date.parse(`${date}T00:00:00Z`) - EXCEL_EPOCH_MS) / DAY_MS;
}

/** Norwegian display form, 03.04.2023. */
export function formatDateNb(date: IsoDate): string {
  return `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}`;
}

function inRange(date: IsoDate | undefined): IsoDate | undefined {
  return date && date >= "1900-01-01" && date <= "2200-12-31" ? date : undefined;
}

function fromParts(year: number, month: number, day: number): IsoDate | undefined {
  const d = new Date(Date.UTC(year, month - 1, day));
  // Rejects 31.02.2023 and similar, which Date would silently roll over.
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) {
    return undefined;
  }
  return fromUtc(d);
}

function fromUtc(d: Date): IsoDate {
  const m = d.getUTCMonth() + 1;
  const day = d.getUTCDate();
  return `${d.getUTCFullYear()}-${m < 10 ? "0" : ""}${m}-${day < 10 ? "0" : ""}${day}` as IsoDate;
}
