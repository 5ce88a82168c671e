import { a1, isBlank, type CellValue } from "../cells";
import type { Finding } from "../findings/finding";
import { cellAt, type SheetData } from "../sheet";
import type { CodeLists } from "./codes";
import type { SheetDef } from "./format";
import type { SheetLayout } from "./model";
import { readCell } from "./readCell";

/** One data row as read: typed fields by key, plus the fields that failed. */
export interface RawRecord {
  row: number;
  fields: Record<string, unknown>;
  unreadable: Set<string>;
}

/**
 * Reads every non-empty row below the header, one cell per format column,
 * collecting a finding for each cell that is not of its type. A row is kept
 * when any of its cells (unknown columns included) holds something.
 */
export function readRows(
  sheet: SheetData, def: SheetDef, layout: SheetLayout, codes: CodeLists, findings: Finding[],
): RawRecord[] {
  const records: RawRecord[] = [];
  const firstDataIndex = layout.headerRow - sheet.origin.row + 1;
  const present = def.columns.filter((c) => layout.columns[c.key] !== undefined);
  for (let i = firstDataIndex; i < sheet.values.length; i++) {
    const line = sheet.values[i];
    if (!line || line.every(isBlank)) continue;
    const row = sheet.origin.row + i;
    const record: RawRecord = { row, fields: {}, unreadable: new Set() };
    for (const c of present) {
      const column = layout.columns[c.key];
      const value: CellValue = cellAt(sheet, row, column);
      const read = readCell(value, c.type, c.list ? codes[c.list] : undefined);
      if (read.kind === "empty") continue;
      const where = { sheet: sheet.name, cell: a1(row, column), row, column: layout.headers[c.key] };
      const shown = value instanceof Date ? value.toISOString().slice(0, 10) : value;
      if (read.kind === "invalid") {
        record.unreadable.add(c.key);
        findings.push({ type: read.type, severity: "error", ...where, value: shown, hint: read.hint, ...listParam(c.list) });
        continue;
      }
      record.fields[c.key] = read.value;
      if (read.warning) {
        findings.push({ type: read.warning.type, severity: "warning", ...where, value: shown, hint: read.warning.hint });
      }
    }
    records.push(record);
  }
  return records;
}

function listParam(list: string | undefined): { params?: Record<string, string> } {
  return list ? { params: { list } } : {};
}
