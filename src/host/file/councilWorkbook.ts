import ExcelJS from "exceljs";
import { FileWorkbook } from "./fileWorkbook";

/**
 * A new, empty workbook for "Eksporter til rådet". Nothing is copied from the
 * register: no sheets, names, links or document properties; `exportCouncil`
 * then writes the cover and report sheets into it, and `save()` adds the charts.
 * Runs in Node and in the task pane alike (no file I/O here).
 */
export function createCouncilWorkbook(made: Date = new Date()): FileWorkbook {
  const workbook = new ExcelJS.Workbook();
  // A document for the council names no person (exceljs would write "Unknown" for an empty author).
  workbook.creator = "Nasjonal e-helseportefølje";
  workbook.lastModifiedBy = "Nasjonal e-helseportefølje";
  workbook.created = made;
  workbook.modified = made;
  return FileWorkbook.wrap(workbook);
}
