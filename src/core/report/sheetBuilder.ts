import { a1, cellRange, rangeHas, type A1, type CellRange, type CellValue } from "../cells";
import type { ChartSpec } from "./chartSpec";
import type { CellStyle, ReportSheet } from "./reportSheet";

/** A rectangle of 1-based rows and columns the builder has written. */
export type Block = CellRange;

/**
 * Builds a report sheet top to bottom: add rows, style ranges, and read back
 * where each block landed (charts and links need those addresses).
 */
export class SheetBuilder {
  private readonly values: CellValue[][] = [];
  private readonly sheet: ReportSheet;

  constructor(key: string, name: string) {
    this.sheet = {
      key,
      name,
      values: this.values,
      styles: [],
      merges: [],
      columnWidths: [],
      freezeRows: 0,
      links: [],
      charts: [],
      print: { landscape: true, fitToWidth: true },
    };
  }

  /** The 1-based row the next `row()` call writes. */
  get nextRow(): number {
    return this.values.length + 1;
  }

  /** Appends a row (from column A) and returns its 1-based row number. */
  row(cells: CellValue[] = [], style?: CellStyle): number {
    this.values.push(cells.map((c) => (c === undefined ? null : c)));
    const r = this.values.length;
    if (style && cells.length > 0) {
      this.style(r, 1, r, cells.length, style);
    }
    return r;
  }

  /** A line of text wrapped across the first `columns` columns (a note beside a table). */
  paragraph(text: string, columns: number, style: CellStyle = {}): number {
    const r = this.row([text], { ...style, wrap: true });
    if (columns > 1) {
      this.merge(r, 1, r, columns);
    }
    return r;
  }

  /** Writes one cell of a row already added (a table's figures beside its labels). */
  put(row: number, column: number, value: CellValue, style?: CellStyle): void {
    const line = this.values[row - 1];
    while (line.length < column) {
      line.push(null);
    }
    line[column - 1] = value;
    if (style) {
      this.style(row, column, row, column, style);
    }
  }

  /** Adds empty rows so that the next row written is `row` (below a chart, say). */
  skipTo(row: number): void {
    while (this.nextRow < row) {
      this.values.push([]);
    }
  }

  /** Styles a rectangle of 1-based rows and columns. */
  style(row1: number, col1: number, row2: number, col2: number, style: CellStyle): void {
    // An empty block (a cost table with no years) has nothing to style; "D4:C4" would make Excel style C4:D4.
    if (row2 < row1 || col2 < col1) {
      return;
    }
    this.sheet.styles.push({ range: cellRange(row1, col1, row2, col2), style });
  }

  merge(row1: number, col1: number, row2: number, col2: number): void {
    this.sheet.merges.push(cellRange(row1, col1, row2, col2));
  }

  link(cell: A1, sheet: string, target: A1): void {
    this.sheet.links.push({ cell, sheet, target });
  }

  chart(spec: ChartSpec): void {
    this.sheet.charts.push(spec);
  }

  freeze(rows: number): void {
    this.sheet.freezeRows = rows;
  }

  widths(widths: number[]): void {
    this.sheet.columnWidths = widths;
  }

  /** Widths that fit the longest value of each column, within sensible bounds. */
  fitWidths(min = 8, max = 60): void {
    const widths: number[] = [];
    for (const line of this.values) {
      line.forEach((v, i) => {
        const len = v === null ? 0 : v instanceof Date ? 10 : String(v).length;
        widths[i] = Math.max(widths[i] ?? min, Math.min(max, len + 2));
      });
    }
    this.sheet.columnWidths = Array.from(widths, (w) => w ?? min);
  }

  cell(row: number, column: number): A1 {
    return a1(row, column);
  }

  range(block: Block): CellRange {
    return cellRange(block.row1, block.col1, block.row2, block.col2);
  }

  /** The numbers written in a block, row by row (charts cache exactly what the cells hold). */
  numbersIn(block: Block): number[] {
    return this.valuesIn(block).map((v) => (typeof v === "number" ? v : 0));
  }

  /** The texts written in a block, row by row. */
  textsIn(block: Block): string[] {
    return this.valuesIn(block).map((v) => (v === null ? "" : String(v)));
  }

  private valuesIn(block: Block): CellValue[] {
    const out: CellValue[] = [];
    for (let r = block.row1; r <= block.row2; r++) {
      for (let c = block.col1; c <= block.col2; c++) {
        out.push(this.values[r - 1]?.[c - 1] ?? null);
      }
    }
    return out;
  }

  build(): ReportSheet {
    const width = Math.max(0, ...this.values.map((l) => l.length));
    for (const line of this.values) {
      while (line.length < width) {
        line.push(null);
      }
    }
    const heights = this.wrappedRowHeights();
    if (Object.keys(heights).length > 0) {
      this.sheet.rowHeights = heights;
    }
    return this.sheet;
  }

  /**
   * Heights for rows with wrapped text. Hosts do not grow rows on their own
   * when a file is opened (LibreOffice keeps the default height), so the
   * lines are estimated from the text length and the column widths.
   */
  private wrappedRowHeights(): Record<number, number> {
    const heights: Record<number, number> = {};
    for (const { range, style } of this.sheet.styles) {
      if (!style.wrap) {
        continue;
      }
      for (let r = range.row1; r <= range.row2; r++) {
        for (let c = range.col1; c <= range.col2; c++) {
          const value = this.values[r - 1]?.[c - 1];
          // Only text wraps; numbers and dates keep to one line.
          if (typeof value !== "string") {
            continue;
          }
          const lines = linesOf(value, this.widthAt(r, c));
          if (lines > 1) {
            heights[r] = Math.max(heights[r] ?? 0, lines * LINE_POINTS + 3);
          }
        }
      }
    }
    return heights;
  }

  /** The width a cell's text wraps in: its column, or its whole merge. */
  private widthAt(row: number, column: number): number {
    const w = (c: number) => this.sheet.columnWidths[c - 1] ?? DEFAULT_WIDTH;
    for (const m of this.sheet.merges) {
      if (rangeHas(m, row, column)) {
        let sum = 0;
        for (let c = m.col1; c <= m.col2; c++) {
          sum += w(c);
        }
        return sum;
      }
    }
    return w(column);
  }
}

const LINE_POINTS = 15;
const DEFAULT_WIDTH = 8.43;
// A column width counts digits; running text is a little narrower, and word wrapping wastes some.
const CHARS_PER_WIDTH = 1.2;
const WRAP_LOSS = 0.9;

/** Lines a text takes when wrapped in a column of this width (in characters). */
function linesOf(text: string, width: number): number {
  const fits = Math.max(1, Math.floor(width * CHARS_PER_WIDTH));
  // Once a text breaks, whole words move down and each line holds a little less.
  const perLine = Math.max(1, Math.floor(width * CHARS_PER_WIDTH * WRAP_LOSS));
  return text.split("\n").reduce((n, p) => n + (p.length <= fits ? 1 : Math.ceil(p.length / perLine)), 0);
}
