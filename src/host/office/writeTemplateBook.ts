import type { TemplateBook } from "../../core/template/templateDoc";
import { deleteSheet, DELETE_SHEET_BYTES } from "./deleteSheet";
import { sameSheetName } from "./sheetReference";
import { ACTION_BYTES, SyncBudget } from "./syncBudget";
import { writeTemplateSheet } from "./writeTemplateSheet";
import { writeValues } from "./writeValues";

/**
 * Adds a template book to the open workbook, replacing sheets of the same
 * names (`existing` is the workbook's sheet list; the old marker is very
 * hidden, so it is unhidden to be deleted): the marker sheet first, so the
 * dropdowns have the code lists they point to, then the template sheets, then
 * the marker is made very hidden. One sync unless the writes pass 4 MB.
 */
export async function writeTemplateBook(context: Excel.RequestContext, book: TemplateBook, existing: readonly string[]): Promise<void> {
  const worksheets = context.workbook.worksheets;
  const budget = new SyncBudget(context);
  const names = [book.markerSheet, ...book.templates.map((t) => t.marker.sheet)];
  for (const name of existing) {
    if (!names.some((n) => sameSheetName(n, name))) {
      continue;
    }
    await budget.reserve(DELETE_SHEET_BYTES);
    deleteSheet(worksheets, name);
  }
  await budget.reserve(ACTION_BYTES);
  const marker = worksheets.add(book.markerSheet);
  await writeValues(marker, book.marker, budget);
  for (const doc of book.templates) {
    await budget.reserve(ACTION_BYTES);
    await writeTemplateSheet(worksheets.add(doc.marker.sheet), doc, budget);
  }
  await budget.reserve(ACTION_BYTES);
  // Very hidden: Excel's "Unhide" does not list it, so contacts never meet it.
  marker.visibility = "VeryHidden";
  await budget.finish();
}
