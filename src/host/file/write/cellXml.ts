import type { CellValue } from "../../../core/cells";
import { excelSerial } from "../sheet/excelDate";
import { escapeCellText, escapeXml } from "../xml/xmlText";

/**
 * One cell as SpreadsheetML: text as an inline string (the shared string
 * table is never touched), numbers as numbers, dates as serials in the
 * workbook's date system, booleans as 0/1. Text that starts with "=" stays
 * text: nothing written here is a formula. `prefix` is the namespace prefix
 * of the sheet it goes into ("" for none).
 */
export function cellXml(ref: string, value: CellValue, xf: number | undefined, prefix = "", date1904 = false): string {
  const p = prefix ? `${prefix}:` : "";
  const s = xf ? ` s="${xf}"` : "";
  if (value === null || value === undefined) {
    return `<${p}c r="${ref}"${s}/>`;
  }
  if (typeof value === "string") {
    const space = /^\s|\s$/.test(value) ? ' xml:space="preserve"' : "";
    return `<${p}c r="${ref}"${s} t="inlineStr"><${p}is><${p}t${space}>${escapeXml(escapeCellText(value))}</${p}t></${p}is></${p}c>`;
  }
  if (typeof value === "boolean") {
    return `<${p}c r="${ref}"${s} t="b"><${p}v>${value ? 1 : 0}</${p}v></${p}c>`;
  }
  const n = value instanceof Date ? excelSerial(value, date1904) : value;
  // A number XML cannot hold (NaN, infinity) leaves the cell empty rather than the file unreadable.
  if (!Number.isFinite(n)) {
    return `<${p}c r="${ref}"${s}/>`;
  }
  return `<${p}c r="${ref}"${s}><${p}v>${n}</${p}v></${p}c>`;
}
