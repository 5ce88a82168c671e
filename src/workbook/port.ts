import type { A1 } from "../core/cells";
import type { RegisterLayout } from "../core/register/layoutEmptyRegister";
import type { ReportSheet } from "../core/report/reportSheet";
import type { SheetData } from "../core/sheet";
import type { RegisterEdits } from "../core/template/registerEdits";
import type { TemplateBook } from "../core/template/templateDoc";

/** How report sheets are written. */
export interface ReportWriteOptions {
  /**
   * Marks each sheet as the report's, so that a rerun knows it (true when
   * absent). False for a new workbook no report runs on again, such as the
   * council's, which holds no defined names at all.
   */
  mark?: boolean;
}

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
   * Adds the report sheets (with their charts), each marked as the report's
   * (REPORT_SHEET_MARK), after removing the sheets an earlier report wrote
   * whose names are in `replace` (earlier report sheets, in either language)
   * or among the new ones; every other sheet stays exactly as it was. A sheet
   * with a new sheet's name that no report wrote is the user's: nothing is
   * changed, and HostError `sheet-exists` names it (`sheetsToReplace`).
   */
  writeReportSheets(sheets: readonly ReportSheet[], replace: readonly string[], options?: ReportWriteOptions): Promise<void>;
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
