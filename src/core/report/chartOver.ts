import type { A1 } from "../cells";
import type { ChartKind, ChartSeries, ChartSpec } from "./chartSpec";
import type { Block, SheetBuilder } from "./sheetBuilder";

/** Where a chart sits: its top-left cell and how many columns and rows it covers. */
export interface ChartPlace {
  row: number;
  column: number;
  columns: number;
  rows: number;
}

export interface SeriesOver {
  /** The block of figures (one row or one column). */
  values: Block;
  /** The cell holding the series' name, if any. */
  nameAt?: { row: number; column: number };
  name: string;
  color?: string;
  pointColors?: string[];
}

/** A chart as a layout describes it: blocks of cells the builder has written, and where it sits. */
export interface ChartOver {
  kind: ChartKind;
  title: string;
  categories: Block;
  series: SeriesOver[];
  place: ChartPlace;
  legend: ChartSpec["legend"];
}

/** Where a sheet puts a chart beside a table: its first column, its width, and its height at the least. */
export interface ChartBeside {
  column: number;
  columns: number;
  minRows: number;
}

/**
 * A chart beside the table that starts at row `top`, as tall as the table or
 * `minRows`, whichever is more; the builder goes on below both. A table with
 * no categories (an empty one) gets no chart, but the space stays, so what
 * follows does not move.
 */
export function chartBesideTable(b: SheetBuilder, sheet: string, top: number, beside: ChartBeside, chart: Omit<ChartOver, "place">): void {
  const rows = Math.max(beside.minRows, b.nextRow - top);
  const { row1, col1, row2, col2 } = chart.categories;
  if (row2 >= row1 && col2 >= col1) {
    b.chart(chartOver(b, sheet, { ...chart, place: { row: top, column: beside.column, columns: beside.columns, rows } }));
  }
  b.skipTo(top + rows + 1);
}

/**
 * A chart over cells the builder has written: ranges from the blocks, and
 * caches read back from the same cells, so the two can never disagree.
 */
export function chartOver(b: SheetBuilder, sheet: string, chart: ChartOver): ChartSpec {
  return {
    kind: chart.kind,
    title: chart.title,
    sheet,
    categories: b.range(chart.categories),
    categoryCache: b.textsIn(chart.categories),
    series: chart.series.map((s) => seriesOf(b, s)),
    anchor: { from: b.cell(chart.place.row, chart.place.column), columns: chart.place.columns, rows: chart.place.rows },
    legend: chart.legend,
  };
}

/** The one series of a table's column of figures (rows first to last), named by the column's header above them. */
export function columnSeries(
  name: string,
  at: { header: number; column: number; first: number; last: number },
  look: Pick<SeriesOver, "color" | "pointColors">,
): SeriesOver {
  return {
    name,
    nameAt: { row: at.header, column: at.column },
    values: { row1: at.first, col1: at.column, row2: at.last, col2: at.column },
    ...look,
  };
}

function seriesOf(b: SheetBuilder, s: SeriesOver): ChartSeries {
  const nameCell: A1 | undefined = s.nameAt ? b.cell(s.nameAt.row, s.nameAt.column) : undefined;
  return {
    name: s.name,
    ...(nameCell ? { nameCell } : {}),
    values: b.range(s.values),
    ...(s.color ? { color: s.color } : {}),
    ...(s.pointColors ? { pointColors: s.pointColors } : {}),
    cache: b.numbersIn(s.values),
  };
}
