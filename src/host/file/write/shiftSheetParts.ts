import type { OpcPackage } from "../package/opcPackage";
import { isRel, readRelationships, REL } from "../package/relationships";
import { XmlEditor } from "../xml/editXml";
import { attr, child, textOf, type XmlElement } from "../xml/parseXml";
import { parseRef, shiftAnchorRow, shiftRef, shiftSpan, type RowShift } from "./shiftRows";

/**
 * What is anchored to a sheet's rows, in parts of its own, after the rows
 * moved: tables' ranges, notes (legacy notes, their VML shapes, threaded
 * comments) and the anchors of pictures, shapes and charts in its drawing.
 * A note whose row was deleted goes with it, as in Excel; a drawing object
 * whose rows all went is kept, with no height, where they were.
 */
export function shiftSheetParts(pkg: OpcPackage, sheetPart: string, shifts: readonly RowShift[]): void {
  for (const rel of readRelationships(pkg, sheetPart)) {
    if (!rel.part) {
      continue;
    }
    if (isRel(rel.type, REL.table)) {
      edit(pkg, rel.part, (editor) => shiftTable(editor, shifts));
    } else if (isRel(rel.type, REL.comments)) {
      edit(pkg, rel.part, (editor) => shiftCellRefs(editor, "comment", shifts));
    } else if (isRel(rel.type, REL.threadedComment)) {
      edit(pkg, rel.part, (editor) => shiftCellRefs(editor, "threadedComment", shifts));
    } else if (isRel(rel.type, REL.vmlDrawing)) {
      edit(pkg, rel.part, (editor) => shiftVmlShapes(editor, shifts));
    } else if (isRel(rel.type, REL.drawing)) {
      edit(pkg, rel.part, (editor) => shiftDrawingAnchors(editor, shifts));
    }
  }
}

/**
 * Rows to insert, empty, so that no table of the sheet is left without a
 * data row once the shifts are made (Excel refuses a table of its header
 * alone, and keeps one empty row when all are deleted).
 */
export function tableRowsKept(pkg: OpcPackage, sheetPart: string, shifts: readonly RowShift[]): RowShift[] {
  const kept: RowShift[] = [];
  for (const rel of readRelationships(pkg, sheetPart)) {
    const text = rel.part && isRel(rel.type, REL.table) ? pkg.text(rel.part) : undefined;
    if (!text) {
      continue;
    }
    const table = new XmlEditor(text, rel.part).root;
    const span = parseRef(attr(table, "ref") ?? "")?.span;
    if (!span) {
      continue;
    }
    const { header, totals } = tableRows(table);
    const after = shiftSpan(span, [...shifts, ...kept], totals === 0);
    const data = after.bottom - after.top + 1 - header - totals;
    const before = span.bottom - span.top + 1 - header - totals;
    // Only rows the import deleted are made up for; a table that lost its header too (or had none) is left as it is.
    if (before >= 1 && data === 0) {
      kept.push({ kind: "insert", at: after.top + header, count: 1 });
    }
  }
  return kept;
}

function edit(pkg: OpcPackage, part: string, change: (editor: XmlEditor) => void): void {
  const text = pkg.text(part);
  if (text === undefined) {
    return;
  }
  const editor = new XmlEditor(text, part);
  change(editor);
  if (editor.changed) {
    pkg.set(part, editor.toString());
  }
}

function tableRows(table: XmlElement): { header: number; totals: number } {
  return { header: Number(attr(table, "headerRowCount") ?? 1), totals: Number(attr(table, "totalsRowCount") ?? 0) };
}

// A table grows with rows added inside it or right below it, unless a totals row ends it: rows below that stay outside.
// Its filter and sort ranges end above the totals row, so rows right below them are rows added inside the table.
function shiftTable(editor: XmlEditor, shifts: readonly RowShift[]): void {
  const { totals } = tableRows(editor.root);
  const visit = (e: XmlElement) => {
    const ref = attr(e, "ref");
    const moved = ref && shiftRef(ref, shifts, e === editor.root ? totals === 0 : true);
    if (ref && moved && moved !== ref) {
      editor.setAttribute(e, "ref", moved);
    }
    e.children.forEach(visit);
  };
  visit(editor.root);
}

// Notes (comments part) and threaded comments name their cell; those on deleted rows go.
function shiftCellRefs(editor: XmlEditor, local: string, shifts: readonly RowShift[]): void {
  const visit = (e: XmlElement) => {
    if (e.local !== local) {
      e.children.forEach(visit);
      return;
    }
    const ref = attr(e, "ref");
    if (ref === undefined) {
      return;
    }
    const moved = shiftRef(ref, shifts);
    if (moved === undefined) {
      editor.remove(e);
    } else if (moved !== ref) {
      editor.setAttribute(e, "ref", moved);
    }
  };
  visit(editor.root);
}

/**
 * The VML shapes of legacy notes and form controls: a note's cell (x:Row,
 * 0-based) follows its row, and goes with it; every shape's anchor
 * (x:Anchor: column, offset, row, offset for its top-left, then its
 * bottom-right corner) follows the rows as a drawing's does.
 */
function shiftVmlShapes(editor: XmlEditor, shifts: readonly RowShift[]): void {
  const visit = (e: XmlElement) => {
    if (e.local !== "ClientData") {
      e.children.forEach(visit);
      return;
    }
    const row = child(e, "Row");
    const at = row ? Number(textOf(editor.text, row).trim()) : NaN;
    if (row && Number.isInteger(at)) {
      const moved = shiftRef(String(at + 1), shifts);
      if (moved === undefined) {
        if (e.parent) {
          editor.remove(e.parent);
        }
        return;
      }
      if (Number(moved) !== at + 1) {
        editor.replaceContent(row, String(Number(moved) - 1));
      }
    }
    const anchor = child(e, "Anchor");
    if (anchor) {
      const numbers = textOf(editor.text, anchor)
        .split(",")
        .map((n) => Number(n.trim()));
      if (numbers.length !== 8 || numbers.some((n) => !Number.isInteger(n))) {
        return;
      }
      const [top, bottom] = [shiftAnchorRow(numbers[2], shifts), shiftAnchorRow(numbers[6], shifts)];
      const next = [...numbers];
      next[2] = top.row0;
      next[3] = top.cut ? 0 : numbers[3];
      next[6] = bottom.row0;
      next[7] = bottom.cut ? 0 : numbers[7];
      if (next.some((n, i) => n !== numbers[i])) {
        editor.replaceContent(anchor, next.join(", "));
      }
    }
  };
  visit(editor.root);
}

/**
 * DrawingML anchors (pictures, shapes, charts, also inside mc:AlternateContent):
 * a two-cell anchor moves and sizes with its cells, or only moves when it is
 * to keep its size (editAs="oneCell"); a one-cell anchor moves with its cell;
 * an absolute one stays.
 */
function shiftDrawingAnchors(editor: XmlEditor, shifts: readonly RowShift[]): void {
  const visit = (e: XmlElement) => {
    if (e.local === "twoCellAnchor" || e.local === "oneCellAnchor") {
      const from = child(e, "from");
      const to = e.local === "twoCellAnchor" ? child(e, "to") : undefined;
      const sized = e.local === "twoCellAnchor" && (attr(e, "editAs") ?? "twoCell") === "twoCell";
      if (e.local === "twoCellAnchor" && attr(e, "editAs") === "absolute") {
        return;
      }
      const moved = from && moveMarker(editor, from, shifts);
      if (to && moved !== undefined) {
        if (sized) {
          moveMarker(editor, to, shifts);
        } else {
          moveMarker(editor, to, shifts, moved);
        }
      }
      return;
    }
    e.children.forEach(visit);
  };
  visit(editor.root);
}

// Moves a marker's row (by the shifts, or by `by` rows); returns how far it moved.
function moveMarker(editor: XmlEditor, marker: XmlElement, shifts: readonly RowShift[], by?: number): number | undefined {
  const row = child(marker, "row");
  const offset = child(marker, "rowOff");
  const at = row ? Number(textOf(editor.text, row).trim()) : NaN;
  if (!row || !Number.isInteger(at)) {
    return undefined;
  }
  const moved = by === undefined ? shiftAnchorRow(at, shifts) : { row0: Math.max(0, at + by), cut: false };
  if (moved.row0 !== at) {
    editor.replaceContent(row, String(moved.row0));
  }
  if (moved.cut && offset && textOf(editor.text, offset).trim() !== "0") {
    editor.replaceContent(offset, "0");
  }
  return moved.row0 - at;
}
