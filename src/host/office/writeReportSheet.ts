import { cellText, columnLetters, parseA1, rangeAddress } from "../../core/cells";
import type { ReportSheet } from "../../core/report/reportSheet";
import { applyStyle } from "./applyStyle";
import { groupStyles } from "./groupStyles";
import { renderChart } from "./renderChart";
import { quoteSheet } from "./sheetReference";
import { ACTION_BYTES, type SyncBudget } from "./syncBudget";
import { writeValues } from "./writeValues";

/** Queues everything of one report sheet on a new, empty worksheet. */
export async function writeReportSheet(ws: Excel.Worksheet, sheet: ReportSheet, budget: SyncBudget): Promise<void> {
  await writeValues(ws, sheet.values, budget);
  for (const group of groupStyles(sheet.styles)) {
    await applyStyle(ws, group, budget);
  }
  for (const merge of sheet.merges) {
    await budget.reserve(ACTION_BYTES);
    ws.getRange(rangeAddress(merge)).merge(false);
  }
  for (const [i, width] of sheet.columnWidths.entries()) {
    await budget.reserve(ACTION_BYTES);
    const column = columnLetters(i + 1);
    ws.getRange(`${column}:${column}`).format.columnWidth = charactersToPoints(width);
  }
  for (const [row, height] of Object.entries(sheet.rowHeights ?? {})) {
    await budget.reserve(ACTION_BYTES);
    ws.getRange(`${row}:${row}`).format.rowHeight = height;
  }
  if (sheet.freezeRows > 0) {
    await budget.reserve(ACTION_BYTES);
    ws.freezePanes.freezeRows(sheet.freezeRows);
  }
  for (const link of sheet.links) {
    await budget.reserve(ACTION_BYTES * 2);
    const { row, column } = parseA1(link.cell);
    const text = cellText(sheet.values[row - 1]?.[column - 1] ?? null) || link.target;
    ws.getRange(link.cell).hyperlink = { documentReference: `${quoteSheet(link.sheet)}!${link.target}`, textToDisplay: text };
  }
  await budget.reserve(ACTION_BYTES * 2);
  ws.pageLayout.orientation = sheet.print.landscape ? "Landscape" : "Portrait";
  if (sheet.print.fitToWidth) {
    ws.pageLayout.zoom = ONE_PAGE_WIDE;
  }
  for (const chart of sheet.charts) {
    const seriesActions = chart.series.reduce((n, s) => n + 5 + 2 * (s.pointColors?.length ?? 0), 0);
    await budget.reserve(ACTION_BYTES * (10 + seriesActions));
    renderChart(ws, chart);
  }
}

/**
 * Excel's API sets widths in points, the format gives characters of the
 * default font (Calibri 11: 7 px a digit plus 5 px padding, 0.75 pt a pixel).
 */
export function charactersToPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/**
 * One page wide, as many pages tall as the rows need (0 is "automatic", as
 * fitToHeight="0" in the file host). Both directions are set: `zoom` is set
 * as one object, and a direction left out stays at Excel's 1 page, which
 * would shrink a long sheet onto a single page.
 */
export const ONE_PAGE_WIDE: Excel.PageLayoutZoomOptions = { horizontalFitToPages: 1, verticalFitToPages: 0 };
