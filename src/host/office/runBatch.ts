import { HostError } from "../../workbook/errors";

/** Runs one Excel batch; `Excel.run` in Excel, a double in tests. */
export type RunBatch = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** The batch runner of the live add-in (Office.js must be loaded). */
export const runInExcel: RunBatch = (batch) => Excel.run(batch);

/**
 * Runs a batch and turns whatever Excel rejects it with into a HostError that
 * carries Excel's own message, so the task pane can show it as it is.
 */
export async function runGuarded<T>(run: RunBatch, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  try {
    return await run(batch);
  } catch (error) {
    throw toHostError(error);
  }
}

/** An error from Office.js (OfficeExtension.Error or anything thrown) as a HostError. */
export function toHostError(error: unknown): HostError {
  if (error instanceof HostError) return error;
  const message = error instanceof Error || isMessage(error) ? error.message : String(error);
  return new HostError(message || "Excel refused the request.", error);
}

/** The code Excel rejected a sync with ("ItemNotFound", "ItemAlreadyExists", ...), if any. */
export function excelErrorCode(error: unknown): string | undefined {
  const code = typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  return typeof code === "string" ? code : undefined;
}

function isMessage(value: unknown): value is { message: string } {
  return typeof value === "object" && value !== null && typeof (value as { message?: unknown }).message === "string";
}
