import { XmlEditor } from "../xml/editXml";
import { attr, child, parseXml, textOf } from "../xml/parseXml";
import { escapeXml } from "../xml/xmlText";
import { parseRef, withRow } from "./shiftRows";
import { cellsOf, columnOf, type Cell, type Row } from "./sheetRows";
import { translateFormula } from "./translateFormula";

/**
 * The cell that holds a shared formula's text (its master), gone from the
 * sheet: deleted with its row, or overwritten by an import. The cells that
 * share its formula hold only its index; they need a new master.
 */
export interface LostMaster {
  si: string;
  formula: string;
  /** Where the master was and the cells it covered, as the source sheet numbers rows. */
  row: number;
  column: number;
  ref: string;
}

/** The shared formula a cell's XML holds the text of, if any. */
export function masterIn(xml: string, row: number, column: number): LostMaster | undefined {
  if (!xml.includes("shared")) {
    return undefined;
  }
  const c = parseXml(xml, "c");
  const f = child(c, "f");
  const si = f && attr(f, "si");
  const ref = f && attr(f, "ref");
  if (!f || attr(f, "t") !== "shared" || si === undefined || ref === undefined) {
    return undefined;
  }
  return { si, formula: textOf(xml, f), row, column, ref };
}

/** The masters among a row's cells (read from its XML when they have not been). */
export function mastersIn(row: Row, text: string): LostMaster[] {
  if (!row.slice) {
    return [];
  }
  if (!row.cells && !text.slice(row.slice.start, row.slice.end).includes("shared")) {
    return [];
  }
  const cells = [...cellsOf(row, text).values()].filter((c) => c.row === row.slice!.number);
  return cells.map((c) => masterIn(c.xml, row.slice!.number, c.column)).filter((m): m is LostMaster => m !== undefined);
}

interface Member {
  row: Row;
  cell: Cell;
  /** Where the cell was in the source sheet. */
  at: { row: number; column: number };
}

/**
 * Gives each lost master's formula to the first cell left that shares it,
 * as Excel does when a master's row goes: that cell gets the formula as it
 * reads from there (relative references moved by the distance between the
 * two cells) and the range of the cells still sharing it, numbered as the
 * rows are now. When a reference would leave the sheet, the cells keep
 * their values without the formula. Run after every row has its final number.
 */
export function reassignMasters(lost: readonly LostMaster[], rows: readonly Row[], text: string): void {
  for (const master of lost) {
    const members = membersOf(master, rows, text);
    if (members.length === 0) {
      continue;
    }
    const first = members[0];
    const formula = translateFormula(master.formula, first.at.row - master.row, first.at.column - master.column);
    if (formula === undefined) {
      for (const m of members) {
        m.cell.xml = withoutFormula(m.cell.xml);
      }
      continue;
    }
    const ref = boundingRef(members);
    const editor = new XmlEditor(first.cell.xml, "c");
    const f = child(editor.root, "f")!;
    editor.setAttribute(editor.root, "r", withRow(first.cell.column, first.row.number));
    editor.replace(f, `<${f.name} t="shared" ref="${ref}" si="${escapeXml(master.si)}">${escapeXml(formula)}</${f.name}>`);
    first.cell.xml = editor.toString();
    first.cell.row = first.row.number;
  }
}

// The cells sharing a master's formula lie within its range; only rows there are read.
function membersOf(master: LostMaster, rows: readonly Row[], text: string): Member[] {
  const range = parseRef(master.ref)?.span;
  const [from, to = from] = master.ref.split(":");
  const left = columnOf(from, 0);
  const right = columnOf(to, 0);
  if (!range) {
    return [];
  }
  const members: Member[] = [];
  for (const row of rows) {
    const source = row.slice?.number;
    if (source === undefined || source < range.top || source > range.bottom) {
      continue;
    }
    if (!row.cells && !text.slice(row.slice!.start, row.slice!.end).includes("shared")) {
      continue;
    }
    for (const cell of cellsOf(row, text).values()) {
      if (cell.row !== source || cell.column < left || cell.column > right || !cell.xml.includes("shared")) {
        continue;
      }
      const f = child(parseXml(cell.xml, "c"), "f");
      if (f && attr(f, "t") === "shared" && attr(f, "si") === master.si) {
        members.push({ row, cell, at: { row: source, column: cell.column } });
      }
    }
  }
  return members.sort((a, b) => a.at.row - b.at.row || a.at.column - b.at.column);
}

function boundingRef(members: readonly Member[]): string {
  const rows = members.map((m) => m.row.number);
  const columns = members.map((m) => m.cell.column);
  const top = withRow(Math.min(...columns), Math.min(...rows));
  const bottom = withRow(Math.max(...columns), Math.max(...rows));
  return top === bottom ? top : `${top}:${bottom}`;
}

function withoutFormula(xml: string): string {
  const editor = new XmlEditor(xml, "c");
  const f = child(editor.root, "f");
  if (f) {
    editor.remove(f);
  }
  return editor.toString();
}
