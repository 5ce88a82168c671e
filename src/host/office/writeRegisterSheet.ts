import { cellRange, columnLetters, rangeAddress } from "../../core/cells";
import type { RegisterSheetLayout, ValidationSpec } from "../../core/register/layoutEmptyRegister";
import { applyStyle } from "./applyStyle";
import { ACTION_BYTES, type SyncBudget } from "./syncBudget";
import { charactersToPoints } from "./writeReportSheet";
import { writeValues } from "./writeValues";

/** Queues one sheet of a new, empty register: header, code rows, widths, frozen header, dropdowns. */
export async function writeRegisterSheet(ws: Excel.Worksheet, sheet: RegisterSheetLayout, budget: SyncBudget): Promise<void> {
  await writeValues(ws, [sheet.header, ...sheet.rows], budget);
  if (sheet.header.length > 0) {
    const header = cellRange(1, 1, 1, sheet.header.length);
    await applyStyle(ws, { style: sheet.headerStyle, areas: [rangeAddress(header)], ranges: [header] }, budget);
  }
  for (const [i, width] of sheet.columnWidths.entries()) {
    await budget.reserve(ACTION_BYTES);
    const column = columnLetters(i + 1);
    ws.getRange(`${column}:${column}`).format.columnWidth = charactersToPoints(width);
  }
  await budget.reserve(ACTION_BYTES);
  ws.freezePanes.freezeRows(1);
  for (const v of sheet.validations) {
    await budget.reserve(ACTION_BYTES * 3);
    const validation = ws.getRange(rangeAddress(v.range)).dataValidation;
    validation.rule = toRule(v);
    validation.errorAlert = { showAlert: true, style: "Stop", message: v.error, title: sheet.name.slice(0, 32) };
  }
}

function toRule(v: ValidationSpec): Excel.DataValidationRule {
  if (v.kind === "whole") {
    return { wholeNumber: { operator: "Between", formula1: v.min, formula2: v.max } };
  }
  if ("values" in v) {
    return { list: { inCellDropDown: true, source: v.values.join(",") } };
  }
  return { list: { inCellDropDown: true, source: `=${v.formula}` } };
}
