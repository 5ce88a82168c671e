import type { A1, CellRange } from "../cells";

export type ChartKind = "pie" | "doughnut" | "column" | "columnStacked" | "bar" | "barStacked";

/** A series: its name cell and its values range, both on the chart's own sheet. */
export interface ChartSeries {
  name: string;
  /** Cell holding the series name: its column header, or its row label when the series runs along a row. */
  nameCell?: A1;
  values: CellRange;
  /** One colour for the whole series, hex without "#". */
  color?: string;
  /** One colour per point (pie slices, or status bars), hex without "#". */
  pointColors?: string[];
  /** The figures in values, so renderers can write cached values without reading cells back. */
  cache: number[];
}

/**
 * A native chart over report cells, as plain data (kind, title, ranges,
 * colours): the Office renderer and the file renderer each draw it.
 */
export interface ChartSpec {
  kind: ChartKind;
  title: string;
  /** The sheet the chart and its ranges are on. */
  sheet: string;
  categories: CellRange;
  categoryCache: string[];
  series: ChartSeries[];
  /** Where the chart goes: top-left cell and size in cells, beside its table. */
  anchor: { from: A1; columns: number; rows: number };
  legend: "right" | "bottom" | "none";
}
