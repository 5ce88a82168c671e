import { a1, parseA1, rangeAddress, type CellRange } from "../../core/cells";
import type { ChartSeries, ChartSpec } from "../../core/report/chartSpec";
import { EXCEL_CHART_TYPE, EXCEL_LEGEND_POSITION } from "./chartType";

/**
 * Draws a chart spec as a native Excel chart over the report's own cells:
 * series bound to their ranges (so the chart follows edits to the table),
 * colours per series or per point, title, legend, placed at the spec's anchor
 * beside its table. Returns undefined for a spec without series.
 */
export function renderChart(ws: Excel.Worksheet, spec: ChartSpec): Excel.Chart | undefined {
  const [first, ...others] = spec.series;
  if (!first) {
    return undefined;
  }
  const chart = ws.charts.add(EXCEL_CHART_TYPE[spec.kind], ws.getRange(rangeAddress(first.values)), seriesBy(first.values));
  chart.title.text = spec.title;
  chart.title.visible = true;
  const categories = ws.getRange(rangeAddress(spec.categories));
  paintSeries(chart.series.getItemAt(0), first, categories);
  for (const s of others) {
    const series = chart.series.add(s.name);
    series.setValues(ws.getRange(rangeAddress(s.values)));
    paintSeries(series, s, categories);
  }
  if (spec.legend === "none") {
    chart.legend.visible = false;
  } else {
    chart.legend.visible = true;
    chart.legend.position = EXCEL_LEGEND_POSITION[spec.legend];
  }
  if (spec.kind !== "pie" && spec.kind !== "doughnut" && spec.series.every((s) => s.cache.every((v) => v >= 0))) {
    // Counts start at zero; Excel would otherwise start the axis near the smallest bar.
    chart.axes.valueAxis.minimum = 0;
  }
  const from = parseA1(spec.anchor.from);
  chart.setPosition(spec.anchor.from, a1(from.row + Math.max(1, spec.anchor.rows) - 1, from.column + Math.max(1, spec.anchor.columns) - 1));
  return chart;
}

function paintSeries(series: Excel.ChartSeries, spec: ChartSeries, categories: Excel.Range): void {
  series.name = spec.name;
  series.setXAxisValues(categories);
  if (spec.color) {
    series.format.fill.setSolidColor(`#${spec.color}`);
  }
  spec.pointColors?.forEach((color, i) => {
    series.points.getItemAt(i).format.fill.setSolidColor(`#${color}`);
  });
}

/** A one-column values range is a series by columns, a one-row range by rows. */
function seriesBy(range: CellRange): "Columns" | "Rows" | "Auto" {
  if (range.col1 === range.col2) {
    return "Columns";
  }
  if (range.row1 === range.row2) {
    return "Rows";
  }
  return "Auto";
}
