import type { A1 } from "../../core/cells";
import type { RegisterLayout } from "../../core/register/layoutEmptyRegister";
import type { ReportSheet } from "../../core/report/reportSheet";
import type { SheetData } from "../../core/sheet";
import type { WorkbookPort } from "../../workbook/port";
import { readAllSheets } from "./readAllSheets";
import { runGuarded, runInExcel, type RunBatch } from "./runBatch";
import { sameSheetName } from "./sheetReference";
import { SyncBudget } from "./syncBudget";
import { writeRegisterSheet } from "./writeRegisterSheet";
import { writeReportSheet } from "./writeReportSheet";

/**
 * The workbook port on Office.js, for the open workbook in Excel. Each port
 * call is one batch (`Excel.run`) with as few `context.sync()` calls as its
 * data allows; Excel's own errors come out as HostError with Excel's message.
 */
export class OfficeWorkbook implements WorkbookPort {
  constructor(private readonly run: RunBatch = runInExcel) {}

  readSheets(): Promise<SheetData[]> {
    return runGuarded(this.run, readAllSheets);
  }

  writeReportSheets(sheets: readonly ReportSheet[], replace: readonly string[]): Promise<void> {
    return runGuarded(this.run, async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load("items/name");
      await context.sync();
      const budget = new SyncBudget(context);
      const gone = [...replace, ...sheets.map((s) => s.name)];
      for (const ws of worksheets.items) {
        if (gone.some((name) => sameSheetName(ws.name, name))) ws.delete();
      }
      for (const sheet of sheets) await writeReportSheet(worksheets.add(sheet.name), sheet, budget);
      await budget.finish();
    });
  }

  /** Adds an empty register's sheets in one sync; Excel refuses (HostError) a name already taken. */
  createRegisterSheets(layout: RegisterLayout): Promise<void> {
    return runGuarded(this.run, async (context) => {
      const worksheets = context.workbook.worksheets;
      const budget = new SyncBudget(context);
      for (const sheet of layout.sheets) await writeRegisterSheet(worksheets.add(sheet.name), sheet, budget);
      await budget.finish();
    });
  }

  selectCell(sheet: string, cell: A1): Promise<void> {
    return runGuarded(this.run, async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell).select();
      await context.sync();
    });
  }
}
