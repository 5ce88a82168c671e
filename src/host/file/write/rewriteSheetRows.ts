import type { CellValue } from "../../../core/cells";
import type { CellWrite, RowOp } from "../../../core/template/registerEdits";
import { UnusableInputError } from "../../../workbook/errors";
import type { OpcPackage } from "../package/opcPackage";
import { excelDate } from "../sheet/excelDate";
import { isDateFormat } from "../sheet/isDateFormat";
import { attr, parseXml } from "../xml/parseXml";
import { cellXml } from "./cellXml";
import { masterIn, mastersIn, reassignMasters, type LostMaster } from "./sharedFormulas";
import { cellsOf, rowXml, type Row } from "./sheetRows";
import { shiftSheetParts, tableRowsKept } from "./shiftSheetParts";
import { LAST_ROW, withRow, type RowShift } from "./shiftRows";
import { skeleton } from "./sheetSkeleton";
import { splitSheetRows } from "./splitSheetRows";
import type { StyleBook } from "./styleBook";

/**
 * Applies row operations to one worksheet part, rewriting only that part
 * and what is anchored to its rows (tables, notes, drawings): rows no
 * operation touches keep their exact XML (renumbered when rows above them
 * came or went), and the sheet's other XML (column widths, panes,
 * conditional formats, validations, merged cells) stays as it was, its
 * ranges following the rows. Formulas are not rewritten, but for a shared
 * formula whose master cell goes: the next cell sharing it takes it over.
 * Dates are written in the workbook's date system (`date1904`).
 */
export function rewriteSheetRows(pkg: OpcPackage, part: string, ops: readonly RowOp[], styles: StyleBook, date1904: boolean): void {
  const text = pkg.text(part);
  if (text === undefined) {
    return;
  }
  const split = splitSheetRows(text, part);
  const rows: Row[] = split.rows.map((slice) => ({ number: slice.number, slice }));
  rows.sort((a, b) => a.number - b.number);
  const shifts: RowShift[] = [];
  const lost: LostMaster[] = [];
  const p = split.prefix;

  const at = (number: number): Row => {
    const i = lowerBound(rows, number);
    if (rows[i]?.number === number) {
      return rows[i];
    }
    const row: Row = { number, cells: new Map(), tag: `<${qualify(p, "row")} r="${number}">` };
    rows.splice(i, 0, row);
    return row;
  };
  const write = (row: Row, cells: readonly CellWrite[]) => {
    const map = cellsOf(row, text);
    for (const c of cells) {
      const old = map.get(c.column);
      const master = old && row.slice && old.row === row.slice.number ? masterIn(old.xml, old.row, c.column) : undefined;
      if (master) {
        lost.push(master);
      }
      const s = old ? Number(attr(parseXml(old.xml, part), "s") ?? 0) : 0;
      const xf = c.numFmt ? styles.withNumFmt(s, c.numFmt) : s;
      map.set(c.column, { column: c.column, row: row.number, xml: cellXml(withRow(c.column, row.number), valueOf(c), xf, p, date1904) });
    }
  };

  for (const op of ops) {
    if (op.kind === "set") {
      write(at(op.row), op.cells);
    } else if (op.kind === "delete") {
      const from = lowerBound(rows, op.row);
      const to = lowerBound(rows, op.row + op.count);
      for (const row of rows.slice(from, to)) {
        lost.push(...mastersIn(row, text));
      }
      rows.splice(from, to - from);
      for (let i = from; i < rows.length; i++) {
        rows[i].number -= op.count;
      }
      shifts.push({ kind: "delete", at: op.row, count: op.count });
    } else {
      const n = op.rows.length;
      const from = lowerBound(rows, op.row);
      for (let i = from; i < rows.length; i++) {
        rows[i].number += n;
      }
      shifts.push({ kind: "insert", at: op.row, count: n, append: from === rows.length });
      const template = op.styleFrom !== undefined ? rows.find((r) => r.number === op.styleFrom) : undefined;
      op.rows.forEach((cells, k) => {
        const row = at(op.row + k);
        if (template) {
          copyFormats(template, row, text, p);
        }
        write(row, cells);
      });
    }
  }
  // A table keeps a data row, empty, when every one of its rows went: Excel refuses a table of its header alone.
  for (const kept of tableRowsKept(pkg, part, shifts)) {
    for (const row of rows) {
      if (row.number >= kept.at) {
        row.number += kept.count;
      }
    }
    shifts.push(kept);
  }
  const lastRow = rows[rows.length - 1]?.number ?? 1;
  // Excel refuses to push cells off the sheet; so does an import.
  if (lastRow > LAST_ROW) {
    throw new UnusableInputError("too-many-cells", pkg.file, `${part}: rows would be pushed past row ${LAST_ROW}`);
  }
  reassignMasters(lost, rows, text);
  const body = rows.map((row) => rowXml(row, text, shifts)).join("");
  pkg.set(part, skeleton(split.head, split.tail, body, shifts, lastRow, part));
  if (shifts.length > 0) {
    shiftSheetParts(pkg, part, shifts);
  }
}

// The register gives dates as serials of the 1900 date system, as range.values does; the cell is written in the workbook's.
function valueOf(c: CellWrite): CellValue {
  return typeof c.value === "number" && c.numFmt && isDateFormat(c.numFmt) ? excelDate(c.value, false) : c.value;
}

function lowerBound(rows: Row[], number: number): number {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rows[mid].number < number) {
      lo = mid + 1;
    } else {
      hi = mid;
    }
  }
  return lo;
}

function qualify(prefix: string, local: string): string {
  return prefix ? `${prefix}:${local}` : local;
}

// New rows take the formats of the row they were made after: each cell's style, and the row's height when it was set by hand.
function copyFormats(template: Row, row: Row, text: string, prefix: string): void {
  const map = cellsOf(row, text);
  for (const cell of cellsOf(template, text).values()) {
    const s = Number(attr(parseXml(cell.xml, "c"), "s") ?? 0);
    map.set(cell.column, { column: cell.column, row: row.number, xml: cellXml(withRow(cell.column, row.number), null, s, prefix) });
  }
  const tag = template.slice?.tag;
  if (!tag) {
    return;
  }
  const height = attr(tag, "ht");
  // Without customHeight the height is Excel's own fit to the row's text; the new row's text gets its own.
  const custom = ["1", "true"].includes(attr(tag, "customHeight") ?? "");
  row.tag = height && custom ? `<${tag.name} r="${row.number}" ht="${height}" customHeight="1">` : `<${tag.name} r="${row.number}">`;
}
