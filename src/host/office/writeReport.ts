import type { ReportSheet } from "../../core/report/reportSheet";
import { sameSheetName } from "./sheetReference";
import { deleteSheet, DELETE_SHEET_BYTES } from "./deleteSheet";
import { ACTION_BYTES, SyncBudget } from "./syncBudget";
import { writeReportSheet } from "./writeReportSheet";

/**
 * Replaces the report sheets, knowing the workbook's sheet names: deletes the
 * earlier ones (either language) and writes the new ones, all in one sync
 * unless the writes pass 4 MB.
 */
export async function writeReport(
  context: Excel.RequestContext,
  sheets: readonly ReportSheet[],
  replace: readonly string[],
  existing: readonly string[],
): Promise<void> {
  const worksheets = context.workbook.worksheets;
  const budget = new SyncBudget(context);
  const gone = [...replace, ...sheets.map((s) => s.name)];
  for (const name of existing) {
    if (!gone.some((g) => sameSheetName(name, g))) {
      continue;
    }
    await budget.reserve(DELETE_SHEET_BYTES);
    deleteSheet(worksheets, name);
  }
  for (const sheet of sheets) {
    await budget.reserve(ACTION_BYTES);
    await writeReportSheet(worksheets.add(sheet.name), sheet, budget);
  }
  await budget.finish();
}

/** The names of every worksheet, in one sync. */
export async function listSheetNames(context: Excel.RequestContext): Promise<string[]> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  return worksheets.items.map((ws) => ws.name);
}
