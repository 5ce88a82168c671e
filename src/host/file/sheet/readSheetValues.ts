import type { CellValue } from "../../../core/cells";
import type { SheetData } from "../../../core/sheet";
import { UnusableInputError } from "../../../workbook/errors";
import type { OpcPackage } from "../package/opcPackage";
import { ByteXmlScanner, isName, type ByteXmlHandler } from "../xml/scanXmlBytes";
import { TextRuns } from "./cellText";
import type { CellBudget } from "./cellBudget";
import { excelDate, isoDate } from "./excelDate";
import { parseNumber } from "./parseNumber";

/** What reading cells needs from the rest of the package. */
export interface SheetContext {
  strings: readonly string[];
  dateStyles: readonly boolean[];
  date1904: boolean;
  budget: CellBudget;
  /** Told the size of each inflated chunk of sheet XML, for a progress bar; optional. */
  onBytes?: (bytes: number) => void;
}

// Cell types (the t attribute), as small numbers for the hot loop.
const NUMBER = 0;
const SHARED = 1;
const INLINE = 2;
const STRING = 3;
const BOOLEAN = 4;
const ERROR = 5;
const DATE = 6;

/**
 * One worksheet's cells as the core's 2-D block, read in a single streaming
 * pass over the sheet XML: values as Excel's range.values shows them (a
 * formula by its cached result, rich text by its text, an error by its
 * code), numbers in date formats as dates. Merged areas are read as Excel
 * shows them: only their top-left cell holds a value. Cells and merged areas
 * count against the cell limit as they stream by. Nothing else of the sheet is kept.
 */
export async function readSheetValues(pkg: OpcPackage, part: string, name: string, hidden: boolean, ctx: SheetContext): Promise<SheetData> {
  const rows: CellValue[][] = [];
  let firstRow = Infinity;
  let lastRow = 0;
  let firstCol = Infinity;
  let lastCol = 0;

  let row = 0;
  let col = 0;
  let inCell = false;
  let cellRow = 0;
  let cellCol = 0;
  let style = 0;
  let type = NUMBER;
  let formula = false;
  let collecting: "v" | "t" | undefined;
  let inInline = false;
  let phonetic = 0;
  let value: string | number | undefined;
  const runs = new TextRuns();
  const merges: Area[] = [];
  let mergedCells = 0;

  const finishCell = () => {
    const v = cellValue(
      type,
      value,
      style,
      formula,
      inInline ? runs.take() : undefined,
      ctx,
      () => `${name}!${address(cellRow, cellCol)}`,
      pkg.file,
    );
    inCell = false;
    inInline = false;
    if (v === undefined) {
      return;
    }
    if (cellRow < firstRow) {
      firstRow = cellRow;
    }
    if (cellCol < firstCol) {
      firstCol = cellCol;
    }
    if (cellRow > lastRow || cellCol > lastCol) {
      lastRow = Math.max(lastRow, cellRow);
      lastCol = Math.max(lastCol, cellCol);
      ctx.budget.check(lastRow * lastCol + mergedCells);
    }
    const line = rows[cellRow - 1] ?? (rows[cellRow - 1] = []);
    line[cellCol - 1] = v;
  };

  const handler: ByteXmlHandler = {
    wantsText: false,
    open(buf, s, e, tagEnd, empty) {
      const len = e - s;
      const c0 = buf[s];
      if (len === 1 && c0 === 0x63 /* c */) {
        const a = readCellAttributes(buf, e, tagEnd);
        cellCol = a.col > 0 ? a.col : col + 1;
        cellRow = a.row > 0 ? a.row : row;
        col = cellCol;
        style = a.style;
        type = a.type;
        formula = false;
        value = undefined;
        // An empty <c/> holds no value, but moves the column on for cells that leave out their address.
        inCell = !empty;
      } else if (!inCell) {
        if (len === 3 && isName(buf, s, e, "row")) {
          const r = readRowNumber(buf, e, tagEnd);
          row = r > 0 ? r : row + 1;
          col = 0;
        } else if (len === 9 && isName(buf, s, e, "mergeCell")) {
          const area = readMergeArea(buf, e, tagEnd);
          if (area) {
            merges.push(area);
            // A merged area counts whole: a merge over the entire sheet is refused as soon as it is seen.
            mergedCells += (area.lastRow - area.firstRow + 1) * (area.lastCol - area.firstCol + 1);
            ctx.budget.check(lastRow * lastCol + mergedCells);
          }
        }
      } else if (len === 1 && c0 === 0x76 /* v */) {
        if (!empty) {
          collecting = "v";
          handler.wantsText = true;
        } else if (type === STRING) {
          value = "";
        }
      } else if (len === 1 && c0 === 0x66 /* f */) {
        formula = true;
      } else if (len === 2 && isName(buf, s, e, "is")) {
        inInline = true;
      } else if (len === 3 && isName(buf, s, e, "rPh")) {
        if (!empty) {
          phonetic++;
        }
      } else if (len === 1 && c0 === 0x74 /* t */ && inInline && phonetic === 0 && !empty) {
        collecting = "t";
        handler.wantsText = true;
      }
    },
    close(buf, s, e) {
      const len = e - s;
      if (len === 1 && buf[s] === 0x63 /* c */) {
        if (inCell) {
          finishCell();
        }
      } else if (collecting && len === 1 && (buf[s] === 0x76 || buf[s] === 0x74)) {
        if (collecting === "v" && !runs.empty) {
          value = runs.take();
        } else if (collecting === "v" && value === undefined) {
          value = "";
        }
        collecting = undefined;
        handler.wantsText = false;
      } else if (len === 3 && isName(buf, s, e, "rPh")) {
        phonetic--;
      }
    },
    text(buf, start, end, cdata) {
      // The common case, one run of plain digits in <v>, is parsed from the bytes without making a string.
      if (collecting === "v" && value === undefined && runs.empty && !cdata && (type === NUMBER || type === SHARED)) {
        const n = parseNumber(buf, start, end);
        if (n !== undefined) {
          value = n;
          return;
        }
      }
      if (collecting === "v" && typeof value === "number") {
        runs.push(String(value));
        value = undefined;
      }
      runs.add(buf, start, end, cdata);
    },
  };

  const scanner = new ByteXmlScanner(handler, part);
  const { onBytes } = ctx;
  await pkg.stream(
    part,
    onBytes
      ? (chunk) => {
          scanner.push(chunk);
          onBytes(chunk.length);
        }
      : (chunk) => scanner.push(chunk),
  );
  scanner.end();
  ctx.budget.spend(lastRow * lastCol + mergedCells);
  for (const area of merges) {
    blankMergedCells(rows, area);
  }
  return toBlock(name, hidden, rows, firstRow, lastRow, firstCol, lastCol);
}

function cellValue(
  type: number,
  value: string | number | undefined,
  style: number,
  formula: boolean,
  inline: string | undefined,
  ctx: SheetContext,
  where: () => string,
  file: string,
): CellValue | undefined {
  switch (type) {
    case SHARED: {
      if (value === undefined) {
        return formula ? null : undefined;
      }
      const index = typeof value === "number" ? value : Number(value);
      const s = ctx.strings[index];
      // A damaged file, not a finding: the text the cell should show is nowhere in the package.
      if (s === undefined) {
        throw new UnusableInputError(
          "unreadable",
          file,
          `${where()} points at shared string ${String(value)}, which the workbook does not have`,
        );
      }
      return s;
    }
    case INLINE:
      return inline ?? (value === undefined ? (formula ? null : undefined) : String(value));
    case STRING:
      return value === undefined ? (formula ? null : undefined) : String(value);
    case BOOLEAN:
      return value === undefined ? (formula ? null : undefined) : value === 1 || value === "1" || value === "true";
    case ERROR:
      return value === undefined ? (formula ? null : undefined) : String(value).trim();
    case DATE: {
      if (value === undefined) {
        return formula ? null : undefined;
      }
      // Text that is no ISO date is read as the text it is, so the checks can name it.
      const date = isoDate(String(value));
      return Number.isNaN(date.getTime()) ? String(value) : date;
    }
    default: {
      if (value === undefined || value === "") {
        return formula ? null : undefined;
      }
      const n = typeof value === "number" ? value : Number(value);
      if (Number.isNaN(n)) {
        return String(value);
      }
      return ctx.dateStyles[style] && inDateRange(n, ctx.date1904) ? excelDate(n, ctx.date1904) : n;
    }
  }
}

interface CellAttributes {
  row: number;
  col: number;
  style: number;
  type: number;
}

const attrs: CellAttributes = { row: 0, col: 0, style: 0, type: NUMBER };

// r="AB12", s="3", t="s": read straight from the bytes (the reader wants only these one-letter names).
function readCellAttributes(buf: Uint8Array, from: number, tagEnd: number): CellAttributes {
  attrs.row = 0;
  attrs.col = 0;
  attrs.style = 0;
  attrs.type = NUMBER;
  let i = from;
  while ((i = nextAttribute(buf, i, tagEnd)) >= 0) {
    const vs = attribute.valueStart;
    const ve = attribute.valueEnd;
    const n = attribute.letter;
    if (n === 0x72 /* r */) {
      let col = 0;
      let row = 0;
      for (let k = vs; k < ve; k++) {
        const b = buf[k];
        if (b >= 0x41 && b <= 0x5a) {
          col = col * 26 + (b - 0x40);
        } else if (b >= 0x61 && b <= 0x7a) {
          col = col * 26 + (b - 0x60);
        } else if (b >= 0x30 && b <= 0x39) {
          row = row * 10 + (b - 0x30);
        }
      }
      attrs.col = col;
      attrs.row = row;
    } else if (n === 0x73 /* s */) {
      let s = 0;
      for (let k = vs; k < ve; k++) {
        s = s * 10 + (buf[k] - 0x30);
      }
      attrs.style = s >= 0 ? s : 0;
    } else if (n === 0x74 /* t */) {
      attrs.type = typeCode(buf, vs, ve);
    }
  }
  return attrs;
}

function typeCode(buf: Uint8Array, s: number, e: number): number {
  const len = e - s;
  const c = buf[s];
  if (len === 1) {
    if (c === 0x73) {
      return SHARED;
    }
    if (c === 0x62) {
      return BOOLEAN;
    }
    if (c === 0x65) {
      return ERROR;
    }
    if (c === 0x64) {
      return DATE;
    }
    return NUMBER;
  }
  if (len === 3 && c === 0x73) {
    return STRING;
  }
  if (len === 9 && c === 0x69) {
    return INLINE;
  }
  return NUMBER;
}

function readRowNumber(buf: Uint8Array, from: number, tagEnd: number): number {
  let i = from;
  while ((i = nextAttribute(buf, i, tagEnd)) >= 0) {
    if (attribute.letter === 0x72 /* r */) {
      let row = 0;
      for (let k = attribute.valueStart; k < attribute.valueEnd; k++) {
        row = row * 10 + (buf[k] - 0x30);
      }
      return row > 0 ? row : 0;
    }
  }
  return 0;
}

// The attribute nextAttribute found last: one object reused, so the hot loop allocates nothing.
const attribute = { letter: 0, valueStart: 0, valueEnd: 0 };

/**
 * Finds the next attribute of a tag from `from` on: its name's letter when the name is one
 * letter long (r, s, t are all the reader wants; 0 for a longer one) and where its quoted
 * value lies. Returns where the one after it may start, or -1 at the tag's end.
 */
function nextAttribute(buf: Uint8Array, from: number, tagEnd: number): number {
  let i = from;
  while (i < tagEnd && (buf[i] <= 0x20 || buf[i] === 0x2f)) {
    i++;
  }
  const nameStart = i;
  while (i < tagEnd && buf[i] !== 0x3d && buf[i] > 0x20) {
    i++;
  }
  const nameEnd = i;
  while (i < tagEnd && buf[i] !== 0x22 && buf[i] !== 0x27) {
    i++;
  }
  if (i >= tagEnd) {
    return -1;
  }
  const valueEnd = buf.indexOf(buf[i], i + 1);
  if (valueEnd < 0 || valueEnd > tagEnd) {
    return -1;
  }
  attribute.letter = nameEnd - nameStart === 1 ? buf[nameStart] : 0;
  attribute.valueStart = i + 1;
  attribute.valueEnd = valueEnd;
  return valueEnd + 1;
}

function toBlock(
  name: string,
  hidden: boolean,
  rows: CellValue[][],
  firstRow: number,
  lastRow: number,
  firstCol: number,
  lastCol: number,
): SheetData {
  if (lastRow === 0) {
    return { name, origin: { row: 1, column: 1 }, values: [], hidden };
  }
  const width = lastCol - firstCol + 1;
  const values = new Array<CellValue[]>(lastRow - firstRow + 1);
  for (let r = firstRow; r <= lastRow; r++) {
    const source = rows[r - 1];
    let line: CellValue[];
    if (!source) {
      line = new Array<CellValue>(width).fill(null);
    } else {
      line = firstCol === 1 ? source : source.slice(firstCol - 1);
      line.length = width;
      for (let c = 0; c < width; c++) {
        if (line[c] === undefined) {
          line[c] = null;
        }
      }
    }
    values[r - firstRow] = line;
  }
  return { name, origin: { row: firstRow, column: firstCol }, values, hidden };
}

/** A rectangle of cells, 1-based and inclusive. */
interface Area {
  firstRow: number;
  firstCol: number;
  lastRow: number;
  lastCol: number;
}

// Excel shows a real day for serials 1 (1900-01-01) to 2958465 (9999-12-31), or 0 to 2957003 in the 1904
// system; 0 in the 1900 system is its "1900-01-00", and what lies outside shows as "#####": such a cell is
// read as the number it holds, and the register's checks name it.
function inDateRange(serial: number, date1904: boolean): boolean {
  return date1904 ? serial >= 0 && serial < 2957004 : serial >= 1 && serial < 2958466;
}

function readMergeArea(buf: Uint8Array, from: number, tagEnd: number): Area | undefined {
  const text = new TextDecoder().decode(buf.subarray(from, tagEnd));
  const m = /\bref\s*=\s*["']\$?([A-Za-z]{1,3})\$?(\d{1,7})(?::\$?([A-Za-z]{1,3})\$?(\d{1,7}))?["']/.exec(text);
  if (!m) {
    return undefined;
  }
  const a = { col: letters(m[1]), row: Number(m[2]) };
  const b = m[3] ? { col: letters(m[3]), row: Number(m[4]) } : a;
  if (a.row < 1 || b.row < 1) {
    return undefined;
  }
  return {
    firstRow: Math.min(a.row, b.row),
    lastRow: Math.max(a.row, b.row),
    firstCol: Math.min(a.col, b.col),
    lastCol: Math.max(a.col, b.col),
  };
}

function letters(text: string): number {
  let n = 0;
  for (const ch of text.toUpperCase()) {
    n = n * 26 + (ch.charCodeAt(0) - 64);
  }
  return n;
}

/** Only the top-left cell of a merged area shows a value; values a writer left in the others are hidden. */
function blankMergedCells(rows: CellValue[][], area: Area): void {
  const last = Math.min(area.lastRow, rows.length);
  for (let r = area.firstRow; r <= last; r++) {
    const line = rows[r - 1];
    if (!line) {
      continue;
    }
    const end = Math.min(area.lastCol, line.length);
    for (let c = r === area.firstRow ? area.firstCol + 1 : area.firstCol; c <= end; c++) {
      if (line[c - 1] !== undefined) {
        line[c - 1] = null;
      }
    }
  }
}

function address(row: number, col: number): string {
  let letters = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return `${letters}${row}`;
}
