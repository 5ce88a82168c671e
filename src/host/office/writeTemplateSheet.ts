import { columnLetters, rangeAddress } from "../../core/cells";
import type { TemplateSheetDoc, TemplateValidation } from "../../core/template/templateDoc";
import { applyStyle } from "./applyStyle";
import { ACTION_BYTES, type SyncBudget } from "./syncBudget";
import { charactersToPoints, ONE_PAGE_WIDE } from "./writeReportSheet";
import { writeValues } from "./writeValues";

/**
 * Queues one template sheet on a new, empty worksheet, as the file host
 * renders it: values (text stays text), styles, widths and heights, the input
 * cells unlocked with their dropdowns and bounds, then the sheet protected.
 */
export async function writeTemplateSheet(ws: Excel.Worksheet, doc: TemplateSheetDoc, budget: SyncBudget): Promise<void> {
  await writeValues(ws, doc.values, budget);
  for (const { range, style } of doc.styles) {
    await applyStyle(ws, { style, areas: [rangeAddress(range)], ranges: [range] }, budget);
  }
  for (const range of doc.inputs) {
    await budget.reserve(ACTION_BYTES);
    ws.getRange(rangeAddress(range)).format.protection.locked = false;
  }
  for (const v of doc.validations) {
    await budget.reserve(ACTION_BYTES * 3 + v.error.length);
    const validation = ws.getRange(rangeAddress(v.range)).dataValidation;
    validation.rule = toRule(v);
    validation.errorAlert = { showAlert: true, style: "Stop", message: v.error, title: doc.marker.id.slice(0, 32) };
  }
  for (const [i, width] of doc.columnWidths.entries()) {
    await budget.reserve(ACTION_BYTES);
    const column = columnLetters(i + 1);
    ws.getRange(`${column}:${column}`).format.columnWidth = charactersToPoints(width);
  }
  for (const [row, height] of Object.entries(doc.rowHeights)) {
    await budget.reserve(ACTION_BYTES);
    ws.getRange(`${row}:${row}`).format.rowHeight = height;
  }
  await budget.reserve(ACTION_BYTES * 4);
  ws.showGridlines = false;
  ws.pageLayout.orientation = "Landscape";
  ws.pageLayout.zoom = ONE_PAGE_WIDE;
  // No password, as in the file host: protection keeps honest mistakes out, and the office can always lift it.
  ws.protection.protect({ allowFormatColumns: true, allowFormatRows: true, selectionMode: "Normal" });
}

function toRule(v: TemplateValidation): Excel.DataValidationRule {
  switch (v.kind) {
    case "list":
      return { list: { inCellDropDown: true, source: `=${v.formula}` } };
    case "date":
      return { date: { operator: "GreaterThan", formula1: "2000-01-01" } };
    case "decimal":
      return { decimal: { operator: "GreaterThanOrEqualTo", formula1: v.min } };
  }
}
