import type { A1 } from "../../core/cells";
import type { RegisterLayout } from "../../core/register/layoutEmptyRegister";
import type { ReportSheet } from "../../core/report/reportSheet";
import type { SheetData } from "../../core/sheet";
import type { ReportWriteOptions, WorkbookPort } from "../../workbook/port";
import { readAllSheets } from "./readAllSheets";
import { readNamedSheets } from "./readNamedSheets";
import type { WorkbookRead } from "./readProbedSheets";
import { excelErrorCode, isTooLarge, runGuarded, runInExcel, type RunBatch } from "./runBatch";
import { ACTION_BYTES, SyncBudget } from "./syncBudget";
import type { RegisterEdits } from "../../core/template/registerEdits";
import type { TemplateBook } from "../../core/template/templateDoc";
import { applyRegisterEdits } from "./applyRegisterEdits";
import { writeTemplateBook } from "./writeTemplateBook";
import { writeRegisterSheet } from "./writeRegisterSheet";
import { listSheetNames, writeReport } from "./writeReport";

/** Errors of a write planned on a sheet list that changed since the read: the list is fetched anew and the write repeated. */
const STALE_LIST = new Set(["ItemNotFound", "ItemAlreadyExists"]);

/**
 * The workbook port on Office.js, for the open workbook in Excel. Each port
 * call is one batch (`Excel.run`) with as few `context.sync()` calls as its
 * data allows; Excel's own errors come out as HostError with Excel's message.
 */
export class OfficeWorkbook implements WorkbookPort {
  /** The sheet names the last read saw; the report write right after it needs no sync to learn them. */
  private seen?: readonly string[];
  /** Cleared once Excel refuses the first sync of a read by names; reads then start from the sheet list. */
  private probeByName = true;

  constructor(private readonly run: RunBatch = runInExcel) {}

  readSheets(names?: readonly string[]): Promise<SheetData[]> {
    this.seen = undefined;
    return runGuarded(this.run, async (context) => {
      const read = await this.read(context, names);
      this.seen = read.names;
      return read.sheets;
    });
  }

  writeReportSheets(sheets: readonly ReportSheet[], replace: readonly string[], options: ReportWriteOptions = {}): Promise<void> {
    const seen = this.takeSeen();
    const mark = options.mark !== false;
    return runGuarded(this.run, async (context) => {
      if (seen) {
        try {
          return await writeReport(context, sheets, replace, seen, mark);
        } catch (error) {
          if (!STALE_LIST.has(excelErrorCode(error) ?? "")) {
            throw error;
          }
        }
      }
      await writeReport(context, sheets, replace, await listSheetNames(context), mark);
    });
  }

  /**
   * Adds an empty register's sheets in one sync; Excel refuses (HostError) a
   * name already taken. Every sheet is added before any is written, since
   * Excel refuses a dropdown whose list names a sheet not there yet (Kodeverk
   * comes last).
   */
  createRegisterSheets(layout: RegisterLayout): Promise<void> {
    this.seen = undefined;
    return runGuarded(this.run, async (context) => {
      const worksheets = context.workbook.worksheets;
      const budget = new SyncBudget(context);
      await budget.reserve(ACTION_BYTES * layout.sheets.length);
      const added = layout.sheets.map((sheet) => worksheets.add(sheet.name));
      for (const [i, sheet] of layout.sheets.entries()) {
        await writeRegisterSheet(added[i], sheet, budget);
      }
      await budget.finish();
    });
  }

  /** Adds template sheets and their very hidden marker, replacing sheets of the same names. */
  writeTemplateBook(book: TemplateBook): Promise<void> {
    const seen = this.takeSeen();
    return runGuarded(this.run, async (context) => {
      if (seen) {
        try {
          return await writeTemplateBook(context, book, seen);
        } catch (error) {
          if (!STALE_LIST.has(excelErrorCode(error) ?? "")) {
            throw error;
          }
        }
      }
      await writeTemplateBook(context, book, await listSheetNames(context));
    });
  }

  /** Applies an import's row edits and appends its log rows. */
  applyRegisterEdits(edits: RegisterEdits): Promise<void> {
    this.seen = undefined;
    return runGuarded(this.run, (context) => applyRegisterEdits(context, edits));
  }

  selectCell(sheet: string, cell: A1): Promise<void> {
    this.seen = undefined;
    return runGuarded(this.run, async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell).select();
      await context.sync();
    });
  }

  private async read(context: Excel.RequestContext, names?: readonly string[]): Promise<WorkbookRead> {
    if (names && this.probeByName) {
      const named = await readNamedSheets(context, names);
      if ("read" in named) {
        return named.read;
      }
      // A refusal for size says nothing about ranges of missing sheets; any other is remembered.
      if (!isTooLarge(named.refusal)) {
        this.probeByName = false;
      }
    }
    return readAllSheets(context, names);
  }

  private takeSeen(): readonly string[] | undefined {
    const seen = this.seen;
    this.seen = undefined;
    return seen;
  }
}
