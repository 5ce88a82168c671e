import { XmlEditor } from "../xml/editXml";
import { attr, textOf, XmlError, type XmlElement } from "../xml/parseXml";
import { shiftSqref, type RowShift } from "./shiftRows";

const SHIFTED_ATTRIBUTES = ["ref", "sqref"];
// Elements that go when none of their rows is left.
const DROPPED = new Set(["mergeCell", "conditionalFormatting", "dataValidation", "hyperlink"]);
// Containers the schema wants at least one child in (Excel refuses an empty <mergeCells>): they go with their last child.
const NEVER_EMPTY = new Set(["mergeCells", "hyperlinks", "dataValidations", "conditionalFormattings", "ext", "extLst"]);
const COUNTED = new Set(["mergeCells", "dataValidations"]);

/**
 * The sheet around its rows, with `body` as its rows: ranges of merges,
 * formats, validations, links and filters follow the rows (those whose rows
 * all went go, and a container left empty goes with them), and the
 * dimension covers the last row.
 */
export function skeleton(head: string, tail: string, body: string, shifts: readonly RowShift[], lastRow: number, part: string): string {
  const editor = new XmlEditor(head + tail, part);
  const gone = new Set<XmlElement>();
  let sheetData: XmlElement | undefined;
  const visit = (e: XmlElement) => {
    if (e.local === "sheetData") {
      sheetData = e;
      return;
    }
    if (e.local === "dimension") {
      growDimension(editor, e, lastRow);
    } else if (shifts.length > 0 && !shiftElement(editor, e, shifts)) {
      gone.add(e);
      return;
    }
    e.children.forEach(visit);
  };
  visit(editor.root);
  if (!sheetData) {
    throw new XmlError(`${part}: no <sheetData>`);
  }
  editor.replaceContent(sheetData, body);
  removeEmptied(editor, gone);
  return editor.toString();
}

// Shifts an element's ranges; false when the element is to go because all its rows did.
function shiftElement(editor: XmlEditor, e: XmlElement, shifts: readonly RowShift[]): boolean {
  for (const name of SHIFTED_ATTRIBUTES) {
    const value = attr(e, name);
    if (value === undefined) {
      continue;
    }
    const moved = shiftSqref(value, shifts);
    if (moved === undefined) {
      return !DROPPED.has(e.local);
    }
    if (moved !== value) {
      editor.setAttribute(e, name, moved);
    }
  }
  // Extensions (x14 conditional formats and validations) give their ranges as an <xm:sqref> child.
  if (e.local === "sqref" && e.children.length === 0) {
    const value = textOf(editor.text, e);
    const moved = shiftSqref(value, shifts);
    if (moved === undefined) {
      return !(e.parent && DROPPED.has(e.parent.local));
    }
    if (moved !== value) {
      editor.replaceContent(e, moved);
    }
  }
  return true;
}

/**
 * Removes the elements that went (an <xm:sqref> takes its rule with it), and
 * every container left with no child; counts of the containers that remain
 * follow. Only the outermost removal is made, so no two edits overlap.
 */
function removeEmptied(editor: XmlEditor, gone: Set<XmlElement>): void {
  const removed = new Set<XmlElement>();
  for (const e of gone) {
    removed.add(e.local === "sqref" && e.parent ? e.parent : e);
  }
  const parents = new Set([...removed].map((e) => e.parent).filter((p): p is XmlElement => p !== undefined));
  for (let p of parents) {
    while (p && NEVER_EMPTY.has(p.local) && p.children.every((c) => removed.has(c))) {
      removed.add(p);
      p = p.parent!;
    }
  }
  for (const e of removed) {
    if (!hasRemovedAncestor(e, removed)) {
      editor.remove(e);
    }
  }
  for (const p of parents) {
    if (removed.has(p) || hasRemovedAncestor(p, removed) || !COUNTED.has(p.local) || attr(p, "count") === undefined) {
      continue;
    }
    editor.setAttribute(p, "count", String(p.children.filter((c) => !removed.has(c)).length));
  }
}

function hasRemovedAncestor(e: XmlElement, removed: ReadonlySet<XmlElement>): boolean {
  for (let p = e.parent; p; p = p.parent) {
    if (removed.has(p)) {
      return true;
    }
  }
  return false;
}

function growDimension(editor: XmlEditor, e: XmlElement, lastRow: number): void {
  const ref = attr(e, "ref");
  const m = ref && /^([A-Z]+\d+)(?::([A-Z]+)(\d+))?$/.exec(ref);
  if (!m) {
    return;
  }
  const end = m[2] ? `${m[2]}${Math.max(Number(m[3]), lastRow)}` : undefined;
  if (end) {
    editor.setAttribute(e, "ref", `${m[1]}:${end}`);
  }
}
