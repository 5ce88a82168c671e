import type { ReportSheet } from "../../core/report/reportSheet";
import {
  REPORT_SHEET_MARK,
  REPORT_SHEET_MARK_FORMULA,
  sheetsInTheWay,
  sheetsToReplace,
  type ExistingSheet,
} from "../../workbook/reportSheetOwnership";
import { deleteSheet, DELETE_SHEET_BYTES } from "./deleteSheet";
import { ACTION_BYTES, SyncBudget } from "./syncBudget";
import { writeReportSheet } from "./writeReportSheet";

/**
 * Replaces the report sheets, knowing the workbook's sheet names: deletes the
 * earlier ones (either language) that a report wrote, and writes the new
 * ones, each marked as the report's unless `mark` is false. A first report is one sync unless the
 * writes pass 4 MB; a rerun asks first, in one sync, which of the sheets in
 * its way carry the mark, and a sheet of the user's in the way stops it
 * (HostError) before anything changes.
 */
export async function writeReport(
  context: Excel.RequestContext,
  sheets: readonly ReportSheet[],
  replace: readonly string[],
  existing: readonly string[],
  mark = true,
): Promise<void> {
  const worksheets = context.workbook.worksheets;
  const names = sheets.map((s) => s.name);
  const gone = sheetsToReplace(await readMarks(context, sheetsInTheWay(existing, names, replace)), names, replace);
  const budget = new SyncBudget(context);
  for (const name of gone) {
    await budget.reserve(DELETE_SHEET_BYTES);
    deleteSheet(worksheets, name);
  }
  for (const sheet of sheets) {
    await budget.reserve(ACTION_BYTES * 3);
    const ws = worksheets.add(sheet.name);
    if (mark) {
      // Hidden: Excel's Name Manager does not list it (NamedItem.visible, ExcelApi 1.1).
      ws.names.add(REPORT_SHEET_MARK, `=${REPORT_SHEET_MARK_FORMULA}`).visible = false;
    }
    await writeReportSheet(ws, sheet, budget);
  }
  await budget.finish();
}

/** Which of the named sheets carry the report's mark, in one sync (none when there are none to ask about). */
async function readMarks(context: Excel.RequestContext, names: readonly string[]): Promise<ExistingSheet[]> {
  if (names.length === 0) {
    return [];
  }
  const worksheets = context.workbook.worksheets;
  const marks = names.map((name) => worksheets.getItem(name).names.getItemOrNullObject(REPORT_SHEET_MARK));
  await context.sync();
  return names.map((name, i) => ({ name, marked: !marks[i].isNullObject }));
}

/** The names of every worksheet, in one sync. */
export async function listSheetNames(context: Excel.RequestContext): Promise<string[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  return worksheets.items.map((ws) => ws.name);
}
