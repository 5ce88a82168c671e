import { FileWorkbook } from "./fileWorkbook";
import { newPackage } from "./write/newPackage";

/**
 * A new, empty workbook for "Eksporter til rådet". Nothing is copied from the
 * register: no sheets, names, links or document properties; `exportCouncil`
 * then writes the cover and report sheets (with their charts) into it.
 * Runs in Node and in the task pane alike (no file I/O here).
 */
export function createCouncilWorkbook(made: Date = new Date()): FileWorkbook {
  // A document for the council names no person.
  return FileWorkbook.fromPackage(newPackage("Nasjonal e-helseportefølje", made));
}
