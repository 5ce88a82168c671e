import ExcelJS from "exceljs";
import { UnusableInputError } from "../../workbook/errors";
import { inspectZip } from "./inspectZip";
import { LIMITS } from "./limits";

/**
 * Loads .xlsx bytes with exceljs after the cheap checks. Throws
 * UnusableInputError for anything that is not a usable workbook.
 */
export async function openXlsx(bytes: Uint8Array, file: string): Promise<ExcelJS.Workbook> {
  inspectZip(bytes, file);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw new UnusableInputError("unreadable", file, e instanceof Error ? e.message.split("\n")[0] : undefined);
  }
  if (workbook.worksheets.length === 0) throw new UnusableInputError("unreadable", file, "no worksheets");
  let cells = 0;
  for (const ws of workbook.worksheets) cells += ws.rowCount * ws.columnCount;
  if (cells > LIMITS.cells) {
    throw new UnusableInputError("too-many-cells", file, `${cells} > ${LIMITS.cells}`);
  }
  return workbook;
}
