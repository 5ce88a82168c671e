import type { Lang } from "../core/messages/catalogue";
import { layoutEmptyRegister } from "../core/register/layoutEmptyRegister";
import { HostError } from "../workbook/errors";
import type { WorkbookPort } from "../workbook/port";

/** "Opprett tomt register": adds the register's sheets, code lists and dropdowns to the open workbook. */
export async function createEmptyRegister(port: WorkbookPort, lang: Lang): Promise<void> {
  if (!port.createRegisterSheets) {
    throw new HostError("This workbook host cannot create register sheets.", { reason: "not-offered", subject: "createRegisterSheets" });
  }
  await port.createRegisterSheets(layoutEmptyRegister(lang));
}
