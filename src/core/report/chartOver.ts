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

/**
 * A chart over cells the builder has written: ranges from the blocks, and
 * caches read back from the same cells, so the two can never disagree.
 */
export function chartOver(
  b: SheetBuilder,
  sheet: string,
  chart: { kind: ChartKind; title: string; categories: Block; series: SeriesOver[]; place: ChartPlace; legend: ChartSpec["legend"] },
): ChartSpec {
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
