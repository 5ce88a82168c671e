import { checkRegister, type CheckOptions, type CheckResult } from "../core/checks/checkRegister";
import { registerSheetNames } from "../core/register/format";
import type { WorkbookPort } from "../workbook/port";

/** "Kontroller": reads the open workbook and finds every problem in it. */
export async function checkWorkbook(port: WorkbookPort, options: CheckOptions = {}): Promise<CheckResult> {
  return checkRegister(await port.readSheets(registerSheetNames()), options);
}
