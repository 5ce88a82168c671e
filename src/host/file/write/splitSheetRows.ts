import { readStartTag, XmlError, type XmlElement } from "../xml/parseXml";

/** One <row> of a sheet's XML: where it is, and its number (given or implied). */
export interface RowSlice {
  number: number;
  start: number;
  end: number;
  tag: XmlElement;
}

/** A worksheet's XML cut around its rows: everything up to them, the rows, everything after. */
export interface SplitSheet {
  head: string;
  rows: RowSlice[];
  tail: string;
  text: string;
  /** The prefix the sheet's elements use ("" for the default namespace). */
  prefix: string;
}

/**
 * Cuts a worksheet part at <sheetData> and into its rows, without parsing
 * the cells of rows that no edit touches. An empty <sheetData/> is opened
 * up so rows can be written into it.
 */
export function splitSheetRows(text: string, part: string): SplitSheet {
  const open = findStartTag(text, "sheetData", part);
  if (open.empty) {
    const name = open.name;
    return {
      head: `${text.slice(0, open.openEnd - 2)}>`,
      rows: [],
      tail: `</${name}>${text.slice(open.openEnd)}`,
      text,
      prefix: open.prefix,
    };
  }
  const rows: RowSlice[] = [];
  let pos = open.openEnd;
  let last = 0;
  for (;;) {
    const lt = text.indexOf("<", pos);
    if (lt < 0) {
      throw new XmlError(`${part}: <sheetData> is never closed`);
    }
    if (text.startsWith("</", lt)) {
      return { head: text.slice(0, open.openEnd), rows, tail: text.slice(lt), text, prefix: open.prefix };
    }
    if (text.startsWith("<!--", lt) || text.startsWith("<?", lt)) {
      pos = text.indexOf(text[lt + 1] === "!" ? "-->" : "?>", lt) + 2;
      continue;
    }
    const tag = readStartTag(text, lt, part);
    const r = Number(tag.attributes.find((a) => a.name === "r")?.value);
    const number = Number.isInteger(r) && r > 0 ? r : last + 1;
    last = number;
    const end = tag.empty ? tag.openEnd : closeOf(text, tag, part);
    rows.push({ number, start: lt, end, tag });
    pos = end;
  }
}

function findStartTag(text: string, local: string, part: string): XmlElement {
  for (let lt = text.indexOf("<"); lt >= 0; lt = text.indexOf("<", lt + 1)) {
    const c = text[lt + 1];
    if (c === "/" || c === "!" || c === "?") {
      continue;
    }
    const tag = readStartTag(text, lt, part);
    if (tag.local === local) {
      return tag;
    }
  }
  throw new XmlError(`${part}: no <${local}>`);
}

// The end of a row: rows hold cells, which hold no rows, so the first </row> of the same name closes it.
function closeOf(text: string, tag: XmlElement, part: string): number {
  const close = `</${tag.name}>`;
  const at = text.indexOf(close, tag.openEnd);
  if (at < 0) {
    throw new XmlError(`${part}: <${tag.name}> is never closed`);
  }
  return at + close.length;
}
