import type { A1, CellRange, CellValue } from "../cells";
import type { ChartSpec } from "./chartSpec";

/** How a block of report cells looks; each host maps it to its own formatting. */
export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  /** Hex colour without "#", e.g. "00A651". */
  fill?: string;
  fontColor?: string;
  /** Excel number format, e.g. '#,##0.0;-#,##0.0' or 'dd.mm.yyyy'. */
  numFmt?: string;
  horizontal?: "left" | "center" | "right";
  wrap?: boolean;
  border?: "thin" | "bottom" | "top";
}

/** What every sheet the core lays out is made of: values from A1, styles by range, column widths. */
export interface SheetCells {
  values: CellValue[][];
  /** Applied in order: a later range adds to what an earlier one set. */
  styles: Array<{ range: CellRange; style: CellStyle }>;
  /** Widths in characters, column A first. */
  columnWidths: number[];
}

/**
 * One report sheet as plain data: its cells, merges, and the charts over its
 * tables. Both hosts render exactly this.
 */
export interface ReportSheet extends SheetCells {
  /** Stable key (summary, status, risk, dependencies, goals, costs, findings). */
  key: string;
  /** The sheet's name in the chosen language, e.g. "Oppsummering". */
  name: string;
  merges: CellRange[];
  /** Heights in points by 1-based row, for rows whose wrapped text needs more than one line. */
  rowHeights?: Record<number, number>;
  /** Rows kept in view when scrolling (0 = none). */
  freezeRows: number;
  /** Cells that link to a place in the workbook (the Kontroll sheet's findings). */
  links: Array<{ cell: A1; sheet: string; target: A1 }>;
  charts: ChartSpec[];
  print: { landscape: boolean; fitToWidth: boolean };
}
