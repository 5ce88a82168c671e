import { a1, cellText, isBlank, type CellValue } from "../cells";
import type { Finding } from "../findings/finding";
import type { SheetData } from "../sheet";
import type { CodeLists } from "./codes";
import { columnReader, type ColumnReader } from "./columnReader";
import type { ColumnDef, SheetDef } from "./format";
import type { SheetLayout } from "./model";

/**
 * One data row as read: typed fields by key, then its sheet row and the fields
 * that failed. One object per row, completed into the typed record in place:
 * large registers read without a wrapper or a copy per row.
 */
export type RawRecord = Record<string, unknown> & { row: number; unreadable: ReadonlySet<string> };

// Most rows read cleanly: they share one empty set instead of allocating their own.
const NONE: ReadonlySet<string> = new Set();

/**
 * Reads every non-empty row below the header, one cell per format column,
 * collecting a finding for each cell that is not of its type. A row is kept
 * when any of its cells (unknown columns included) holds something.
 */
export function readRows(sheet: SheetData, def: SheetDef, layout: SheetLayout, codes: CodeLists, findings: Finding[]): RawRecord[] {
  const records: RawRecord[] = [];
  const firstDataIndex = layout.headerRow - sheet.origin.row + 1;
  const columns = presentColumns(sheet, def, layout, codes);
  for (let i = firstDataIndex; i < sheet.values.length; i++) {
    const line = sheet.values[i];
    if (!line || line.every(isBlank)) {
      continue;
    }
    const row = sheet.origin.row + i;
    const fields: Record<string, unknown> = {};
    let unreadable: Set<string> | undefined;
    for (const { def: c, index, read: readValue } of columns) {
      const value = valueAt(line, index);
      const read = readValue(value);
      if (read.kind === "empty") {
        continue;
      }
      if (read.kind === "invalid") {
        (unreadable ??= new Set()).add(c.key);
        findings.push({
          type: read.type,
          severity: "error",
          ...where(sheet, layout, c.key, row, value),
          hint: read.hint,
          ...listParam(c.list),
        });
        continue;
      }
      fields[c.key] = read.value;
      if (read.warning) {
        findings.push({
          type: read.warning.type,
          severity: "warning",
          ...where(sheet, layout, c.key, row, value),
          hint: read.warning.hint,
        });
      }
    }
    // Set last, so that the fields keep the format's order ahead of them.
    fields.row = row;
    fields.unreadable = unreadable ?? NONE;
    records.push(fields as RawRecord);
  }
  return records;
}

/** A format column found in the sheet: where its cells sit in each line, and how they are read. */
interface PresentColumn {
  def: ColumnDef;
  /** Index into a line of sheet.values. */
  index: number;
  read: ColumnReader;
}

// Worked out once per sheet rather than once per cell: large registers have hundreds of thousands.
function presentColumns(sheet: SheetData, def: SheetDef, layout: SheetLayout, codes: CodeLists): PresentColumn[] {
  return def.columns
    .filter((c) => layout.columns[c.key] !== undefined)
    .map((c) => ({
      def: c,
      index: layout.columns[c.key] - sheet.origin.column,
      read: columnReader(c.type, c.list ? codes[c.list] : undefined),
    }));
}

/** The value at an index of a line, null outside it (as cellAt gives). */
function valueAt(line: readonly CellValue[], index: number): CellValue {
  if (index < 0) {
    return null;
  }
  const v = line[index];
  return v === undefined ? null : v;
}

/** The place and shown value of a finding; built only when there is one. */
function where(sheet: SheetData, layout: SheetLayout, key: string, row: number, value: CellValue) {
  const column = layout.columns[key];
  return {
    sheet: sheet.name,
    cell: a1(row, column),
    row,
    column: layout.headers[key],
    value: value instanceof Date ? cellText(value) : value,
  };
}

function listParam(list: string | undefined): { params?: { list: string } } {
  return list ? { params: { list } } : {};
}
