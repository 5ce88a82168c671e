import { MAX_SYNC_BYTES } from "./payloadSize";
import { isTooLarge, toHostError } from "./runBatch";

/** Bytes as base64, in slices so long workbooks do not overflow the argument list of fromCharCode. */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  const slice = 0x8000;
  for (let i = 0; i < bytes.length; i += slice) {
    binary += String.fromCharCode(...bytes.subarray(i, i + slice));
  }
  return btoa(binary);
}

/** What opening a new workbook needs of Office: Excel.createWorkbook and the requirement-set check. */
export interface WorkbookCreator {
  createWorkbook(base64?: string): Promise<void>;
  isSetSupported(name: string, version: string): boolean;
}

/** Opened; or not tried, since Excel lacks ExcelApi 1.8, or the file would pass Excel on the web's request limit. */
export type NewWorkbookOutcome = "opened" | "unsupported" | "too-large";

/**
 * The longest base64 sent: the file travels as one request, which Excel on
 * the web refuses over 5 MB (a file of about 3.7 MB). The same 4 MB every
 * sync keeps to, on every platform, so a file opens everywhere or nowhere.
 */
export const MAX_WORKBOOK_BASE64 = MAX_SYNC_BYTES;

/**
 * Opens .xlsx bytes (made in the task pane by the file writer) as a new
 * workbook in Excel. Where Excel cannot (no ExcelApi 1.8, or too large a
 * file) it says so without trying, and the pane offers a download instead.
 * office.js itself throws on calling a function the host lacks, so the
 * requirement set is asked first rather than the function tested.
 */
export async function openNewWorkbook(bytes: Uint8Array, office: WorkbookCreator = liveOffice()): Promise<NewWorkbookOutcome> {
  if (!office.isSetSupported("ExcelApi", "1.8")) {
    return "unsupported";
  }
  const base64 = toBase64(bytes);
  if (base64.length > MAX_WORKBOOK_BASE64) {
    return "too-large";
  }
  try {
    await office.createWorkbook(base64);
    return "opened";
  } catch (error) {
    if (isTooLarge(error)) {
      return "too-large";
    }
    throw toHostError(error);
  }
}

function liveOffice(): WorkbookCreator {
  return {
    createWorkbook: (base64) => Excel.createWorkbook(base64),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
  };
}
