import type { ChartKind } from "../../core/report/chartSpec";

/** Excel's chart type for each kind of chart spec. */
export const EXCEL_CHART_TYPE = {
  pie: "Pie",
  doughnut: "Doughnut",
  column: "ColumnClustered",
  columnStacked: "ColumnStacked",
  bar: "BarClustered",
  barStacked: "BarStacked",
} as const satisfies Record<ChartKind, `${Excel.ChartType}`>;

export const EXCEL_LEGEND_POSITION = { right: "Right", bottom: "Bottom" } as const;
