import type { Finding } from "../core/findings/finding";
import type { Initiative } from "../core/register/model";
import type { Period } from "../core/register/period";
import type { ReportContext } from "../core/report/layoutReport";
import { summarize, type Summary, type SummaryOptions } from "../core/summary/summary";
import type { WorkbookPort } from "../workbook/port";
import { checkWorkbook } from "./checkWorkbook";

export interface Figures {
  summary: Summary;
  findings: Finding[];
  /** What the report sheets need beyond the summary: the previous period's figures and the code lists. */
  context: ReportContext;
}

/**
 * One read of the register's sheets and every figure the report sheets show,
 * so that "Bygg rapport" and the council export always show the same.
 * `options` choose the roadmap's plan year and the round's deadline.
 */
export async function readFigures(port: WorkbookPort, period?: Period, options: SummaryOptions = {}): Promise<Figures> {
  const { register, findings } = await checkWorkbook(port, { period });
  const summary = summarize(register, findings, period, options);
  const previous = summary.previousPeriod ? summarize(register, findings, summary.previousPeriod) : undefined;
  const initiatives = new Map<string, Initiative>();
  for (const i of register.initiatives) {
    if (i.id !== undefined && !initiatives.has(i.id)) {
      initiatives.set(i.id, i);
    }
  }
  return { summary, findings, context: { previous, codes: register.codes, initiatives, hasTopics: register.layouts.topics !== undefined } };
}
