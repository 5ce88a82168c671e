import type ExcelJS from "exceljs";
import type { A1 } from "../../core/cells";
import type { RegisterLayout } from "../../core/register/layoutEmptyRegister";
import type { ChartSpec } from "../../core/report/chartSpec";
import type { ReportSheet } from "../../core/report/reportSheet";
import { normalizeName, type SheetData } from "../../core/sheet";
import type { RegisterEdits } from "../../core/template/registerEdits";
import type { TemplateBook } from "../../core/template/templateDoc";
import type { WorkbookPort } from "../../workbook/port";
import { applyRegisterEdits } from "./applyRegisterEdits";
import { addChartParts } from "./charts/addChartParts";
import { openXlsx } from "./openXlsx";
import { renderReportSheet } from "./renderReportSheet";
import { toSheetData } from "./toSheetData";
import { writeRegisterSheets } from "./writeRegisterSheets";
import { addTemplateBook } from "./writeTemplate";

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

  async readSheets(names?: readonly string[]): Promise<SheetData[]> {
    const wanted = names && new Set(names.map(normalizeName));
    const chosen = wanted ? this.workbook.worksheets.filter((ws) => wanted.has(normalizeName(ws.name))) : this.workbook.worksheets;
    return chosen.map(toSheetData);
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

  async createRegisterSheets(layout: RegisterLayout): Promise<void> {
    writeRegisterSheets(this.workbook, layout);
  }

  async writeTemplateBook(book: TemplateBook): Promise<void> {
    await addTemplateBook(this.workbook, book);
  }

  async applyRegisterEdits(edits: RegisterEdits): Promise<void> {
    applyRegisterEdits(this.workbook, edits);
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
