import type { A1 } from "../core/cells";
import type { RegisterLayout } from "../core/register/layoutEmptyRegister";
import type { ReportSheet } from "../core/report/reportSheet";
import type { SheetData } from "../core/sheet";
import type { RegisterEdits } from "../core/template/registerEdits";
import type { TemplateBook } from "../core/template/templateDoc";

/**
 * What a host must offer the use cases: sheets in as 2-D values, report
 * sheets out. Office.js and exceljs each implement it once.
 */
export interface WorkbookPort {
  /**
   * Every visible and hidden worksheet's used range, as values, in workbook
   * order. With `names`, only the sheets of those names (case-insensitive, as
   * Excel matches sheet names): a use case that knows which sheets it reads
   * lets a host fetch them without first listing the workbook.
   */
  readSheets(names?: readonly string[]): Promise<SheetData[]>;
  /**
   * Adds the report sheets (with their charts) after removing the sheets named
   * in `replace` (earlier report sheets, in either language); every other
   * sheet stays exactly as it was.
   */
  writeReportSheets(sheets: readonly ReportSheet[], replace: readonly string[]): Promise<void>;
  /** Shows a cell to the user (the task pane's "go to finding"). */
  selectCell(sheet: string, cell: A1): Promise<void>;
  /**
   * Adds the sheets of an empty register (headers, code lists, dropdowns) to a
   * workbook that is not a register yet. Optional: hosts without it cannot
   * create registers.
   */
  createRegisterSheets?(layout: RegisterLayout): Promise<void>;
  /**
   * Adds report-template sheets and their very hidden marker sheet, replacing
   * sheets of the same names; each template sheet protected, its input cells
   * unlocked. Optional: hosts without it offer templates as files only.
   */
  writeTemplateBook?(book: TemplateBook): Promise<void>;
  /**
   * Applies an import's row edits (in the order given, by the column numbers
   * given) and appends its rows to the import log sheet. Optional: hosts
   * without it cannot import templates.
   */
  applyRegisterEdits?(edits: RegisterEdits): Promise<void>;
}
