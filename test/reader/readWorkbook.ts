import type ExcelJS from "exceljs";
import { readRegister } from "../../src/core/register/readRegister";
import { FileWorkbook } from "../../src/host/file/fileWorkbook";

/** Reads a workbook built in the test the way a user's file is read: as .xlsx bytes through the file host. */
export async function readWorkbook(workbook: ExcelJS.Workbook) {
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  const port = await FileWorkbook.open(bytes, "register.xlsx");
  return readRegister(await port.readSheets());
}

/** Finding types and cells, the part of a finding a test can state exactly. */
export function where(
  findings: ReadonlyArray<{ type: string; sheet?: string; cell?: string }>,
): Array<[string, string | undefined, string | undefined]> {
  return findings.map((f) => [f.type, f.sheet, f.cell]);
}
