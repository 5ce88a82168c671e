import { XmlEditor } from "../xml/editXml";
import { attr, parseXml, readStartTag, type XmlElement } from "../xml/parseXml";
import { shiftRef, withRow, type RowShift } from "./shiftRows";
import type { RowSlice } from "./splitSheetRows";

/** One cell of a row being rewritten. */
export interface Cell {
  column: number;
  xml: string;
  /** The row number the cell's XML names (it is renamed when the row moved). */
  row: number;
}

/** One row of a sheet being rewritten: where its XML was, and its number now. */
export interface Row {
  number: number;
  slice?: RowSlice;
  /** Set once the row's cells are read (the row is edited, or a template for new rows). */
  cells?: Map<number, Cell>;
  /** The row's start tag; new rows get their own. */
  tag?: string;
}

/**
 * A cell's column from its r attribute, read as the sheet reader reads it:
 * the letters, whatever follows them; a cell without letters (or without r)
 * is the one after the cell before it.
 */
export function columnOf(r: string | undefined, previous: number): number {
  const letters = r && /^\$?([A-Za-z]{1,3})/.exec(r.trim());
  if (!letters) {
    return previous + 1;
  }
  let column = 0;
  for (const ch of letters[1].toUpperCase()) {
    column = column * 26 + (ch.charCodeAt(0) - 64);
  }
  return column;
}

/** A row's cells by column, read from its XML the first time they are needed. */
export function cellsOf(row: Row, text: string): Map<number, Cell> {
  if (row.cells) {
    return row.cells;
  }
  const cells = new Map<number, Cell>();
  if (row.slice) {
    const xml = text.slice(row.slice.start, row.slice.end);
    const element = parseXml(xml, "row");
    let column = 0;
    for (const c of element.children.filter((e) => e.local === "c")) {
      column = columnOf(attr(c, "r"), column);
      cells.set(column, { column, row: row.slice.number, xml: xml.slice(c.start, c.end) });
    }
    // An edited row's span hint would be stale; readers do without it.
    row.tag = editStartTag(xml.slice(0, element.openEnd), element, (editor) => editor.removeAttribute(editor.root, "spans"));
  }
  row.cells = cells;
  return cells;
}

/** A row as XML with its number now: untouched rows keep their exact text, renumbered when they moved. */
export function rowXml(row: Row, text: string, shifts: readonly RowShift[]): string {
  if (!row.cells && row.slice) {
    const xml = text.slice(row.slice.start, row.slice.end);
    return row.number === row.slice.number ? xml : renumberRow(xml, row.number, shifts);
  }
  const cells = [...row.cells!.values()].sort((a, b) => a.column - b.column);
  const start = parseXml(`${row.tag!}</${tagName(row.tag!)}>`, "row");
  const open = editStartTag(row.tag!, start, (editor) => editor.setAttribute(editor.root, "r", String(row.number)));
  return `${open}${cells.map((c) => (c.row === row.number ? c.xml : renumberCell(c.xml, c.column, row.number, shifts))).join("")}</${start.name}>`;
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
    column = columnOf(r, column);
    if (r) {
      editor.setAttribute(c, "r", withRow(column, number));
    }
    shiftFormulaRange(editor, c, shifts);
  }
  return editor.toString();
}

function renumberCell(xml: string, column: number, row: number, shifts: readonly RowShift[]): string {
  const editor = new XmlEditor(xml, "c");
  editor.setAttribute(editor.root, "r", withRow(column, row));
  shiftFormulaRange(editor, editor.root, shifts);
  return editor.toString();
}

// The cells a shared or array formula covers move with the rows, as the cell holding it does.
function shiftFormulaRange(editor: XmlEditor, cell: XmlElement, shifts: readonly RowShift[]): void {
  for (const f of cell.children.filter((e) => e.local === "f")) {
    const ref = attr(f, "ref");
    const moved = ref && shiftRef(ref, shifts);
    if (ref && moved && moved !== ref) {
      editor.setAttribute(f, "ref", moved);
    }
  }
}
