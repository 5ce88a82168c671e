import type { A1 } from "../../core/cells";
import type { ReportSheet } from "../../core/report/reportSheet";
import type { SheetData } from "../../core/sheet";
import type { RegisterEdits } from "../../core/template/registerEdits";
import type { TemplateBook } from "../../core/template/templateDoc";
import type { WorkbookPort } from "../../workbook/port";
import { applyRegisterEdits } from "./applyRegisterEdits";
import type { FileWorkbook } from "./fileWorkbook";
import { addTemplateBook } from "./writeTemplate";

/**
 * The file port with the template features: template sheets written into the
 * workbook, and an import's row edits applied to it. All in memory; `save()`
 * gives the new bytes and the source file is never touched.
 */
export class FileRegisterWorkbook implements WorkbookPort {
  constructor(readonly file: FileWorkbook) {}

  readSheets(): Promise<SheetData[]> {
    return this.file.readSheets();
  }

  writeReportSheets(sheets: readonly ReportSheet[], replace: readonly string[]): Promise<void> {
    return this.file.writeReportSheets(sheets, replace);
  }

  selectCell(sheet: string, cell: A1): Promise<void> {
    return this.file.selectCell(sheet, cell);
  }

  async writeTemplateBook(book: TemplateBook): Promise<void> {
    await addTemplateBook(this.file.workbook, book);
  }

  async applyRegisterEdits(edits: RegisterEdits): Promise<void> {
    applyRegisterEdits(this.file.workbook, edits);
  }

  save(): Promise<Uint8Array> {
    return this.file.save();
  }
}
