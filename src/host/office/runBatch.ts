import { HostError } from "../../workbook/errors";

/** Runs one Excel batch with its options; `Excel.run` in Excel, a double in tests. */
export type RunBatch = <T>(options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** The batch runner of the live add-in (Office.js must be loaded). */
export const runInExcel: RunBatch = (options, batch) => Excel.run(options, batch);

/**
 * Without it, every batch fails while the user is typing in a cell
 * (InvalidOperationInCellEditMode): with it, Excel runs the batch once the
 * user leaves the cell. Typing in the register and clicking Kontroller is the
 * daily case.
 */
const RUN_OPTIONS: Excel.RunOptions = { delayForCellEdit: true };

/**
 * Runs a batch and turns whatever Excel rejects it with into a HostError that
 * carries Excel's own message, so the task pane can show it as it is.
 */
export async function runGuarded<T>(run: RunBatch, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  try {
    return await run(RUN_OPTIONS, batch);
  } catch (error) {
    throw toHostError(error);
  }
}

/** An error from Office.js (OfficeExtension.Error or anything thrown) as a HostError. */
export function toHostError(error: unknown): HostError {
  if (error instanceof HostError) {
    return error;
  }
  const message = error instanceof Error || isMessage(error) ? error.message : String(error);
  return new HostError(message || "Excel refused the request.", { cause: error, code: excelErrorCode(error) });
}

/** The code Excel rejected a sync with ("ItemNotFound", "ItemAlreadyExists", ...), if any. */
export function excelErrorCode(error: unknown): string | undefined {
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === "string" ? code : undefined;
}

function isMessage(value: unknown): value is { message: string } {
  return typeof value === "object" && value !== null && typeof (value as { message?: unknown }).message === "string";
}

/** Excel's refusals of a request or response for its size (web payloads over 5 MB, reads over 5,000,000 cells). */
const TOO_LARGE = new Set(["RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded", "RangeExceedsLimit"]);

/** True when Excel refused a sync for its size, so that a smaller one may pass. */
export function isTooLarge(error: unknown): boolean {
  return TOO_LARGE.has(excelErrorCode(error) ?? "");
}
