import { checkTemplate, type TemplateCheck } from "../core/template/checkTemplate";
import type { WorkbookPort } from "../workbook/port";

/** "Kontroller rapporten min": checks the template open in the port, as the office's import will. */
export async function checkTemplateWorkbook(port: WorkbookPort): Promise<TemplateCheck> {
  return checkTemplate(await port.readSheets());
}
