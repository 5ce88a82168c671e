import ExcelJS from "exceljs";
import { UnusableInputError } from "../../workbook/errors";
import { inspectZip } from "./inspectZip";
import { LIMITS, type Limits } from "./limits";

/**
 * Loads .xlsx bytes with exceljs after the cheap checks. Throws
 * UnusableInputError for anything that is not a usable workbook. A workbook
 * that loads but holds no register sheets is usable: checking it reports them missing.
 */
export async function openXlsx(bytes: Uint8Array, file: string, limits: Limits = LIMITS): Promise<ExcelJS.Workbook> {
  inspectZip(bytes, file, limits);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw new UnusableInputError("unreadable", file, e instanceof Error ? e.message.split("\n")[0] : undefined);
  }
  let cells = 0;
  for (const ws of workbook.worksheets) cells += ws.rowCount * ws.columnCount;
  if (cells > limits.cells) {
    throw new UnusableInputError("too-many-cells", file, `${cells.toLocaleString("en")} > ${limits.cells.toLocaleString("en")}`);
  }
  return workbook;
}
