import { a1, a1Range, type A1, type CellValue } from "../cells";
import type { ChartSpec } from "./chartSpec";
import type { CellStyle, ReportSheet } from "./reportSheet";

/**
 * Builds a report sheet top to bottom: add rows, style ranges, and read back
 * where each block landed (charts and links need those addresses).
 */
export class SheetBuilder {
  private readonly values: CellValue[][] = [];
  private readonly sheet: ReportSheet;

  constructor(key: string, name: string) {
    this.sheet = {
      key, name, values: this.values, styles: [], merges: [], columnWidths: [], freezeRows: 0,
      links: [], charts: [], print: { landscape: true, fitToWidth: true },
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
    if (style && cells.length > 0) this.style(r, 1, r, cells.length, style);
    return r;
  }

  /** Styles a rectangle of 1-based rows and columns. */
  style(row1: number, col1: number, row2: number, col2: number, style: CellStyle): void {
    this.sheet.styles.push({ range: a1Range(row1, col1, row2, col2), style });
  }

  merge(row1: number, col1: number, row2: number, col2: number): void {
    this.sheet.merges.push(a1Range(row1, col1, row2, col2));
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

  build(): ReportSheet {
    const width = Math.max(0, ...this.values.map((l) => l.length));
    for (const line of this.values) while (line.length < width) line.push(null);
    return this.sheet;
  }
}
