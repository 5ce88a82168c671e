import type { Finding } from "../core/findings/finding";
import type { Lang } from "../core/messages/catalogue";
import type { IsoDate } from "../core/register/dates";
import type { Period } from "../core/register/period";
import { layoutReport } from "../core/report/layoutReport";
import { allReportSheetNames } from "../core/report/sheetNames";
import type { Summary } from "../core/summary/summary";
import type { WorkbookPort } from "../workbook/port";
import { readFigures } from "./readFigures";

export interface ReportOptions {
  period?: Period;
  lang: Lang;
  /** The roadmap's plan year; the year after the period's when absent. */
  year?: number;
  /** The round's reporting deadline, over the register's Frist list. */
  deadline?: IsoDate;
}

export interface ReportResult {
  summary: Summary;
  findings: Finding[];
  /** Names of the sheets written, in order. */
  sheets: string[];
}

/**
 * "Bygg rapport": one read of the register's sheets, the core's figures,
 * one write of the report sheets. Earlier report sheets (either language)
 * are replaced; the register's own sheets are never touched.
 */
export async function buildReport(port: WorkbookPort, options: ReportOptions): Promise<ReportResult> {
  const { summary, findings, context } = await readFigures(port, options.period, { year: options.year, deadline: options.deadline });
  const sheets = layoutReport(summary, findings, options.lang, context);
  await port.writeReportSheets(sheets, allReportSheetNames());
  return { summary, findings, sheets: sheets.map((s) => s.name) };
}
