import { checkRegister } from "../core/checks/checkRegister";
import type { Finding } from "../core/findings/finding";
import type { Lang } from "../core/messages/catalogue";
import { registerSheetNames } from "../core/register/format";
import type { Period } from "../core/register/period";
import { layoutReport } from "../core/report/layoutReport";
import { allReportSheetNames } from "../core/report/sheetNames";
import { summarize, type Summary } from "../core/summary/summary";
import type { WorkbookPort } from "../workbook/port";

export interface ReportOptions {
  period?: Period;
  lang: Lang;
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
  const { register, findings } = checkRegister(await port.readSheets(registerSheetNames()), { period: options.period });
  const summary = summarize(register, findings, options.period);
  const previous = summary.previousPeriod ? summarize(register, findings, summary.previousPeriod) : undefined;
  const sheets = layoutReport(summary, findings, options.lang, { previous, codes: register.codes });
  await port.writeReportSheets(sheets, allReportSheetNames());
  return { summary, findings, sheets: sheets.map((s) => s.name) };
}
