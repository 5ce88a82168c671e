import type { A1 } from "../core/cells";
import type { ReportSheet } from "../core/report/reportSheet";
import type { SheetData } from "../core/sheet";

/**
 * What a host must offer the use cases: sheets in as 2-D values, report
 * sheets out. Office.js and exceljs each implement it once.
 */
export interface WorkbookPort {
  /** Every visible and hidden worksheet's used range, as values. */
  readSheets(): Promise<SheetData[]>;
  /**
   * Adds the report sheets (with their charts) after removing the sheets named
   * in `replace` (earlier report sheets, in either language); every other
   * sheet stays exactly as it was.
   */
  writeReportSheets(sheets: readonly ReportSheet[], replace: readonly string[]): Promise<void>;
  /** Shows a cell to the user (the task pane's "go to finding"). */
  selectCell(sheet: string, cell: A1): Promise<void>;
}
