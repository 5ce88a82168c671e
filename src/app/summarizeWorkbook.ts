import type { Period } from "../core/register/period";
import { summarize, type Summary, type SummaryOptions } from "../core/summary/summary";
import type { WorkbookPort } from "../workbook/port";
import { checkWorkbook } from "./checkWorkbook";

/**
 * The summary of a workbook for a period (the latest when none is chosen);
 * `options` choose the roadmap's plan year (the next by default) and the round's deadline.
 */
export async function summarizeWorkbook(port: WorkbookPort, period?: Period, options: SummaryOptions = {}): Promise<Summary> {
  const { register, findings } = await checkWorkbook(port, { period });
  return summarize(register, findings, period, options);
}
