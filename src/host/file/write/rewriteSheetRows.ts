import { parseA1, type CellValue } from "../../../core/cells";
import type { CellWrite, RowOp } from "../../../core/template/registerEdits";
import type { OpcPackage } from "../package/opcPackage";
import { isRel, readRelationships, REL } from "../package/relationships";
import { XmlEditor } from "../xml/editXml";
import { attr, parseXml, readStartTag, textOf, type XmlElement } from "../xml/parseXml";
import { cellXml } from "./cellXml";
import { shiftRef, shiftSqref, withRow, type RowShift } from "./shiftRows";
import { splitSheetRows, type RowSlice } from "./splitSheetRows";
import type { StyleBook } from "./styleBook";

interface Cell {
  column: number;
  xml: string;
  /** The row number the cell's XML names (it is renamed when the row moved). */
  row: number;
}

interface Row {
  number: number;
  slice?: RowSlice;
  /** Set once the row's cells are read (the row is edited, or a template for new rows). */
  cells?: Map<number, Cell>;
  /** The row's start tag; new rows get their own. */
  tag?: string;
}

/**
 * Applies row operations to one worksheet part, rewriting only that part
 * (and its tables' ranges): rows no operation touches keep their exact XML
 * (renumbered when rows above them came or went), and the sheet's other XML
 * (column widths, panes, conditional formats, validations, merged cells)
 * stays as it was, its ranges following the rows. Formulas are not rewritten.
 */
export function rewriteSheetRows(pkg: OpcPackage, part: string, ops: readonly RowOp[], styles: StyleBook): void {
  const text = pkg.text(part);
  if (text === undefined) return;
  const split = splitSheetRows(text, part);
  const rows: Row[] = split.rows.map((slice) => ({ number: slice.number, slice }));
  rows.sort((a, b) => a.number - b.number);
  const shifts: RowShift[] = [];
  const p = split.prefix;

  const at = (number: number): Row => {
    const i = lowerBound(rows, number);
    if (rows[i]?.number === number) return rows[i];
    const row: Row = { number, cells: new Map(), tag: `<${qualify(p, "row")} r="${number}">` };
    rows.splice(i, 0, row);
    return row;
  };
  const write = (row: Row, cells: readonly CellWrite[]) => {
    const map = cellsOf(row, text);
    for (const c of cells) {
      const old = map.get(c.column);
      const s = old ? Number(attr(parseXml(old.xml, part), "s") ?? 0) : 0;
      const xf = c.numFmt ? styles.withNumFmt(s, c.numFmt) : s;
      map.set(c.column, { column: c.column, row: row.number, xml: cellXml(withRow(c.column, row.number), c.value as CellValue, xf, p) });
    }
  };

  for (const op of ops) {
    if (op.kind === "set") {
      write(at(op.row), op.cells);
    } else if (op.kind === "delete") {
      const from = lowerBound(rows, op.row);
      const to = lowerBound(rows, op.row + op.count);
      rows.splice(from, to - from);
      for (let i = from; i < rows.length; i++) rows[i].number -= op.count;
      shifts.push({ kind: "delete", at: op.row, count: op.count });
    } else {
      const n = op.rows.length;
      const from = lowerBound(rows, op.row);
      for (let i = from; i < rows.length; i++) rows[i].number += n;
      shifts.push({ kind: "insert", at: op.row, count: n, append: from === rows.length });
      const template = op.styleFrom !== undefined ? rows.find((r) => r.number === op.styleFrom) : undefined;
      op.rows.forEach((cells, k) => {
        const row = at(op.row + k);
        if (template) copyFormats(template, row, text, p);
        write(row, cells);
      });
    }
  }
  const body = rows.map((row) => rowXml(row, text, shifts)).join("");
  const lastRow = rows[rows.length - 1]?.number ?? 1;
  pkg.set(part, skeleton(split.head, split.tail, body, shifts, lastRow, part));
  if (shifts.length > 0) shiftTables(pkg, part, shifts);
}

function lowerBound(rows: Row[], number: number): number {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rows[mid].number < number) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function qualify(prefix: string, local: string): string {
  return prefix ? `${prefix}:${local}` : local;
}

// A row's cells by column, read from its XML the first time they are needed.
function cellsOf(row: Row, text: string): Map<number, Cell> {
  if (row.cells) return row.cells;
  const cells = new Map<number, Cell>();
  if (row.slice) {
    const xml = text.slice(row.slice.start, row.slice.end);
    const element = parseXml(xml, "row");
    let column = 0;
    for (const c of element.children.filter((e) => e.local === "c")) {
      const r = attr(c, "r");
      column = r ? parseA1(r).column : column + 1;
      cells.set(column, { column, row: row.slice.number, xml: xml.slice(c.start, c.end) });
    }
    // An edited row's span hint would be stale; readers do without it.
    row.tag = editStartTag(xml.slice(0, element.openEnd), element, (editor) => editor.removeAttribute(editor.root, "spans"));
  }
  row.cells = cells;
  return cells;
}

// New rows take the formats of the row they were made after: each cell's style and the row's height.
function copyFormats(template: Row, row: Row, text: string, prefix: string): void {
  const map = cellsOf(row, text);
  for (const cell of cellsOf(template, text).values()) {
    const s = Number(attr(parseXml(cell.xml, "c"), "s") ?? 0);
    map.set(cell.column, { column: cell.column, row: row.number, xml: cellXml(withRow(cell.column, row.number), null, s, prefix) });
  }
  const tag = template.slice?.tag;
  const height = tag && attr(tag, "ht");
  if (height) row.tag = `<${tag.name} r="${row.number}" ht="${height}" customHeight="1">`;
  else if (tag) row.tag = `<${tag.name} r="${row.number}">`;
}

function rowXml(row: Row, text: string, shifts: readonly RowShift[]): string {
  if (!row.cells && row.slice) {
    const xml = text.slice(row.slice.start, row.slice.end);
    return row.number === row.slice.number ? xml : renumberRow(xml, row.number, shifts);
  }
  const cells = [...row.cells!.values()].sort((a, b) => a.column - b.column);
  const start = parseXml(`${row.tag!}</${tagName(row.tag!)}>`, "row");
  const open = editStartTag(row.tag!, start, (editor) => editor.setAttribute(editor.root, "r", String(row.number)));
  return `${open}${cells.map((c) => (c.row === row.number ? c.xml : renumberCell(c.xml, c.column, row.number))).join("")}</${start.name}>`;
}

/**
 * A start tag changed by an edit, always in its open form ("<row …>"): the
 * tag is closed for the parser, edited, and cut back at the offset the
 * parser gave for the end of the start tag.
 */
function editStartTag(tag: string, element: XmlElement, edit: (editor: XmlEditor) => void): string {
  const open = element.empty ? `${tag.slice(0, element.openEnd - element.start - 2)}>` : tag.slice(0, element.openEnd - element.start);
  const editor = new XmlEditor(`${open}</${element.name}>`, "row");
  edit(editor);
  const edited = editor.toString();
  return edited.slice(0, edited.length - `</${element.name}>`.length);
}

function tagName(tag: string): string {
  return readStartTag(tag, 0).name;
}

function renumberRow(xml: string, number: number, shifts: readonly RowShift[]): string {
  const editor = new XmlEditor(xml, "row");
  editor.setAttribute(editor.root, "r", String(number));
  let column = 0;
  for (const c of editor.root.children.filter((e) => e.local === "c")) {
    const r = attr(c, "r");
    column = r ? parseA1(r).column : column + 1;
    if (r) editor.setAttribute(c, "r", withRow(column, number));
    for (const f of c.children.filter((e) => e.local === "f")) {
      const ref = attr(f, "ref");
      const moved = ref && shiftRef(ref, shifts);
      if (ref && moved && moved !== ref) editor.setAttribute(f, "ref", moved);
    }
  }
  return editor.toString();
}

function renumberCell(xml: string, column: number, row: number): string {
  const editor = new XmlEditor(xml, "c");
  editor.setAttribute(editor.root, "r", withRow(column, row));
  return editor.toString();
}

const SHIFTED_ATTRIBUTES = ["ref", "sqref"];

// The sheet around its rows: ranges of merges, formats, validations, links and filters follow the rows.
function skeleton(head: string, tail: string, body: string, shifts: readonly RowShift[], lastRow: number, part: string): string {
  const editor = new XmlEditor(head + tail, part);
  const removed = new Map<XmlElement, number>();
  let sheetData: XmlElement | undefined;
  const visit = (e: XmlElement) => {
    if (e.local === "sheetData") {
      sheetData = e;
      return;
    }
    if (e.local === "dimension") growDimension(editor, e, lastRow);
    else if (shifts.length > 0 && !shiftElement(editor, e, shifts, removed)) return;
    e.children.forEach(visit);
    const counted = e.attributes.some((a) => a.name === "count") && ["mergeCells", "dataValidations", "hyperlinks"].includes(e.local);
    if (counted && removed.has(e)) editor.setAttribute(e, "count", String(e.children.length - removed.get(e)!));
  };
  visit(editor.root);
  if (!sheetData) throw new Error(`${part}: no sheetData`);
  editor.replaceContent(sheetData, body);
  return editor.toString();
}

// Shifts an element's ranges; false when the element went because all its rows did.
function shiftElement(editor: XmlEditor, e: XmlElement, shifts: readonly RowShift[], removed: Map<XmlElement, number>): boolean {
  for (const name of SHIFTED_ATTRIBUTES) {
    const value = attr(e, name);
    if (value === undefined) continue;
    const moved = shiftSqref(value, shifts);
    if (moved === undefined) {
      if (!["mergeCell", "conditionalFormatting", "dataValidation", "hyperlink"].includes(e.local)) return true;
      editor.remove(e);
      if (e.parent) removed.set(e.parent, (removed.get(e.parent) ?? 0) + 1);
      return false;
    }
    if (moved !== value) editor.setAttribute(e, name, moved);
  }
  if (e.local === "sqref" && e.children.length === 0) {
    const value = textOf(editor.text, e);
    const moved = shiftSqref(value, shifts);
    if (moved && moved !== value) editor.replaceContent(e, moved);
  }
  return true;
}

function growDimension(editor: XmlEditor, e: XmlElement, lastRow: number): void {
  const ref = attr(e, "ref");
  const m = ref && /^([A-Z]+\d+)(?::([A-Z]+)(\d+))?$/.exec(ref);
  if (!m) return;
  const end = m[2] ? `${m[2]}${Math.max(Number(m[3]), lastRow)}` : undefined;
  if (end) editor.setAttribute(e, "ref", `${m[1]}:${end}`);
}

// A table over the register's rows grows with rows added inside it or right below it.
function shiftTables(pkg: OpcPackage, sheetPart: string, shifts: readonly RowShift[]): void {
  for (const rel of readRelationships(pkg, sheetPart)) {
    if (!isRel(rel.type, REL.table) || !rel.part) continue;
    const text = pkg.text(rel.part);
    if (!text) continue;
    const editor = new XmlEditor(text, rel.part);
    const visit = (e: XmlElement) => {
      const ref = attr(e, "ref");
      const moved = ref && shiftRef(ref, shifts, true);
      if (ref && moved && moved !== ref) editor.setAttribute(e, "ref", moved);
      e.children.forEach(visit);
    };
    visit(editor.root);
    if (editor.changed) pkg.set(rel.part, editor.toString());
  }
}

