import type ExcelJS from "exceljs";
import type { A1 } from "../../core/cells";
import type { ChartSpec } from "../../core/report/chartSpec";
import type { ReportSheet } from "../../core/report/reportSheet";
import { normalizeName, type SheetData } from "../../core/sheet";
import type { WorkbookPort } from "../../workbook/port";
import { addChartParts } from "./charts/addChartParts";
import { openXlsx } from "./openXlsx";
import { renderReportSheet } from "./renderReportSheet";
import { toSheetData } from "./toSheetData";

/**
 * The workbook port on an .xlsx file held in memory. Reading never touches the
 * source bytes; writing produces new bytes with `save()`.
 */
export class FileWorkbook implements WorkbookPort {
  private charts: ChartSpec[] = [];

  private constructor(readonly workbook: ExcelJS.Workbook) {}

  /** Opens .xlsx bytes; throws UnusableInputError for what is not a usable workbook. */
  static async open(bytes: Uint8Array, file: string): Promise<FileWorkbook> {
    return new FileWorkbook(await openXlsx(bytes, file));
  }

  /** Wraps a workbook built in memory (new registers, templates). */
  static wrap(workbook: ExcelJS.Workbook): FileWorkbook {
    return new FileWorkbook(workbook);
  }

  async readSheets(): Promise<SheetData[]> {
    return this.workbook.worksheets.map(toSheetData);
  }

  async writeReportSheets(sheets: readonly ReportSheet[], replace: readonly string[]): Promise<void> {
    const gone = [...replace, ...sheets.map((s) => s.name)];
    for (const ws of [...this.workbook.worksheets]) {
      if (gone.some((name) => sameName(ws.name, name))) this.workbook.removeWorksheet(ws.id);
    }
    this.charts = this.charts.filter((c) => !gone.some((name) => sameName(c.sheet, name)));
    for (const sheet of sheets) {
      renderReportSheet(this.workbook.addWorksheet(sheet.name), sheet);
      this.charts.push(...sheet.charts);
    }
  }

  async selectCell(sheet: string, cell: A1): Promise<void> {
    const ws = this.workbook.worksheets.find((w) => sameName(w.name, sheet));
    if (!ws) return;
    this.workbook.views = [{ ...(this.workbook.views?.[0] ?? {}), activeTab: this.workbook.worksheets.indexOf(ws) } as ExcelJS.WorkbookView];
    ws.views = [{ ...(ws.views?.[0] ?? {}), activeCell: cell }];
  }

  /** The chart specs of the report sheets written so far (added to the file by the chart writer). */
  chartSpecs(): readonly ChartSpec[] {
    return this.charts;
  }

  /** The workbook as .xlsx bytes. */
  async save(): Promise<Uint8Array> {
    const buffer = await this.workbook.xlsx.writeBuffer();
    const bytes = new Uint8Array(buffer as ArrayBuffer);
    return this.charts.length > 0 ? addChartParts(bytes, this.charts) : bytes;
  }
}

function sameName(a: string, b: string): boolean {
  return normalizeName(a) === normalizeName(b);
}
