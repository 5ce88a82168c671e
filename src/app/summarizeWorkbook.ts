import { checkRegister } from "../core/checks/checkRegister";
import { registerSheetNames } from "../core/register/format";
import type { Period } from "../core/register/period";
import { summarize, type Summary } from "../core/summary/summary";
import type { WorkbookPort } from "../workbook/port";

/** The summary of a workbook for a period (the latest when none is chosen), its roadmap for a plan year (the next when none is chosen). */
export async function summarizeWorkbook(port: WorkbookPort, period?: Period, year?: number): Promise<Summary> {
  const { register, findings } = checkRegister(await port.readSheets(registerSheetNames()), { period });
  return summarize(register, findings, period, { year });
}
