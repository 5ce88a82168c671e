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
  unreadable: ReadonlySet<string>;
}

// Most rows read cleanly: they share one empty set instead of allocating their own.
const NONE: ReadonlySet<string> = new Set();

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
    const fields: Record<string, unknown> = {};
    let unreadable: Set<string> | undefined;
    for (const c of present) {
      const column = layout.columns[c.key];
      const value: CellValue = cellAt(sheet, row, column);
      const read = readCell(value, c.type, c.list ? codes[c.list] : undefined);
      if (read.kind === "empty") continue;
      if (read.kind === "invalid") {
        (unreadable ??= new Set()).add(c.key);
        findings.push({ type: read.type, severity: "error", ...where(sheet, layout, c.key, row, value), hint: read.hint, ...listParam(c.list) });
        continue;
      }
      fields[c.key] = read.value;
      if (read.warning) {
        findings.push({ type: read.warning.type, severity: "warning", ...where(sheet, layout, c.key, row, value), hint: read.warning.hint });
      }
    }
    records.push({ row, fields, unreadable: unreadable ?? NONE });
  }
  return records;
}

/** The place and shown value of a finding; built only when there is one. */
function where(sheet: SheetData, layout: SheetLayout, key: string, row: number, value: CellValue) {
  const column = layout.columns[key];
  return {
    sheet: sheet.name, cell: a1(row, column), row, column: layout.headers[key],
    value: value instanceof Date ? value.toISOString().slice(0, 10) : value,
  };
}

function listParam(list: string | undefined): { params?: Record<string, string> } {
  return list ? { params: { list } } : {};
}
