import type { Period } from "../core/register/period";
import { summarize, type Summary } from "../core/summary/summary";
import type { WorkbookPort } from "../workbook/port";
import { checkWorkbook } from "./checkWorkbook";

/** The summary of a workbook for a period (the latest when none is chosen), its roadmap for a plan year (the next when none is chosen). */
export async function summarizeWorkbook(port: WorkbookPort, period?: Period, year?: number): Promise<Summary> {
  const { register, findings } = await checkWorkbook(port, { period });
  return summarize(register, findings, period, { year });
}
