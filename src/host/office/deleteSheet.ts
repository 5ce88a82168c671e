import { ACTION_BYTES } from "./syncBudget";

/** What deleting one sheet costs in the request: the sheet's path, the visibility set and the delete. */
export const DELETE_SHEET_BYTES = ACTION_BYTES * 2;

/**
 * Queues the deletion of a sheet. Excel refuses to delete a very hidden sheet
 * (InvalidOperation; documented on Worksheet.delete, by design per
 * OfficeDev/office-js#365), and the template marker is very hidden: the sheet
 * is made hidden first, which changes nothing for one about to go.
 */
export function deleteSheet(worksheets: Excel.WorksheetCollection, name: string): void {
  const ws = worksheets.getItem(name);
  ws.visibility = "Hidden";
  ws.delete();
}
