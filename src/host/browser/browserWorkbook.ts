import type { A1 } from "../../core/cells";
import type { RegisterLayout } from "../../core/register/layoutEmptyRegister";
import type { ReportSheet } from "../../core/report/reportSheet";
import type { SheetData } from "../../core/sheet";
import type { WorkbookPort } from "../../workbook/port";
import { FileWorkbook } from "../file/fileWorkbook";
import { writeRegisterSheets } from "./writeRegisterSheets";

/**
 * The file host as the browser page uses it: an .xlsx chosen by the user,
 * held in memory, handed back as bytes for download.
 */
export class BrowserWorkbook implements WorkbookPort {
  private constructor(private readonly file: FileWorkbook) {}

  /** Opens a file's bytes; throws UnusableInputError for what is not a usable workbook. */
  static async open(bytes: Uint8Array, name: string): Promise<BrowserWorkbook> {
    return new BrowserWorkbook(await FileWorkbook.open(bytes, name));
  }

  readSheets(): Promise<SheetData[]> {
    return this.file.readSheets();
  }

  writeReportSheets(sheets: readonly ReportSheet[], replace: readonly string[]): Promise<void> {
    return this.file.writeReportSheets(sheets, replace);
  }

  selectCell(sheet: string, cell: A1): Promise<void> {
    return this.file.selectCell(sheet, cell);
  }

  async createRegisterSheets(layout: RegisterLayout): Promise<void> {
    writeRegisterSheets(this.file.workbook, layout);
  }

  /** The workbook, with everything written so far, as .xlsx bytes. */
  save(): Promise<Uint8Array> {
    return this.file.save();
  }
}
