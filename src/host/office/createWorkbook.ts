import { HostError } from "../../workbook/errors";
import { toHostError } from "./runBatch";

/** Bytes as base64, in slices so long workbooks do not overflow the argument list of fromCharCode. */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  const slice = 0x8000;
  for (let i = 0; i < bytes.length; i += slice) binary += String.fromCharCode(...bytes.subarray(i, i + slice));
  return btoa(binary);
}

/**
 * Opens .xlsx bytes (made in the task pane by the file writer) as a new
 * workbook in Excel. Needs ExcelApi 1.8; where Excel lacks it the user is told
 * so rather than left waiting.
 */
export async function openNewWorkbook(bytes: Uint8Array, excel: Pick<typeof Excel, "createWorkbook"> = Excel): Promise<void> {
  if (typeof excel.createWorkbook !== "function") {
    throw new HostError("This version of Excel cannot open a new workbook from the add-in (ExcelApi 1.8 is needed).");
  }
  try {
    await excel.createWorkbook(toBase64(bytes));
  } catch (error) {
    throw toHostError(error);
  }
}
