import { FakeSheet } from "./fakeSheet";
import { officeError, type OfficeErrorLike } from "./officeError";
import { FakeWorkbookProxy } from "./fakeWorksheets";

/** Excel on the web refuses requests and responses over 5 MB. */
export const EXCEL_WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;

/** What one queued call adds to Office's request JSON besides its arguments (ids, type, name, object path). */
export const ACTION_ENVELOPE_BYTES = 100;

/** What a proxy taken from a null object is: a null object too, or a failed sync. */
export type NullNavigation = "propagate" | "fail";

/** One `context.sync()`: what it carried and what was suspended during it. */
export interface SyncRecord {
  calls: string[];
  /** JSON bytes of the values and formats sent with the queued calls, plus each call's envelope. */
  requestBytes: number;
  /** JSON bytes of the properties loaded back. */
  responseBytes: number;
  calculationSuspended: boolean;
  screenUpdatingSuspended: boolean;
}

interface QueuedCall {
  label: string;
  payload?: unknown;
  run: () => unknown;
}

const encoder = new TextEncoder();
const bytesOf = (v: unknown): number => (v === undefined ? 0 : encoder.encode(JSON.stringify(v)).length);

/**
 * A small, honest stand-in for Excel behind Office.js: proxies queue their
 * calls, `sync()` runs them in order against the workbook state, loaded
 * properties become readable only after the sync, and every sync is recorded
 * with its payload. Payloads over Excel on the web's limit are refused.
 */
export class FakeExcel {
  readonly sheets: FakeSheet[] = [];
  readonly syncs: SyncRecord[] = [];
  activeSheet?: string;
  selection?: { sheet: string; address: string };
  private queue: QueuedCall[] = [];
  private suspended = { calculation: false, screenUpdating: false };
  private rejections = new Map<number, OfficeErrorLike>();
  private batches = 0;

  /**
   * `nullNavigation`: whether a range taken from a null worksheet is a null
   * object too ("propagate") or fails the sync with ItemNotFound ("fail").
   * Office's documentation leaves this open, so the adapter must work with both.
   */
  constructor(readonly payloadLimit = EXCEL_WEB_PAYLOAD_LIMIT, readonly nullNavigation: NullNavigation = "propagate") {}

  /** Adds a worksheet holding `values` from A1 (or `origin`). */
  addSheet(name: string, values: ReadonlyArray<ReadonlyArray<string | number | boolean | null>> = [], options: { origin?: { row: number; column: number }; visibility?: FakeSheet["visibility"] } = {}): FakeSheet {
    const sheet = new FakeSheet(name, options.visibility).fill(values, options.origin);
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): FakeSheet {
    const found = this.findSheet(name);
    if (!found) throw new Error(`No sheet ${name} in the double`);
    return found;
  }

  findSheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** Makes the `n`th sync from now (1 = the next) fail with `error`, as Excel rejects a request. */
  rejectSync(n: number, error: OfficeErrorLike): void {
    this.rejections.set(this.syncs.length + n, error);
  }

  /** A batch runner with the signature of Excel.run, for OfficeWorkbook. */
  readonly run = <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    this.batches++;
    this.queue = [];
    const context = { workbook: new FakeWorkbookProxy(this), sync: () => this.sync() };
    return batch(context as unknown as Excel.RequestContext);
  };

  get batchCount(): number {
    return this.batches;
  }

  enqueue(label: string, run: () => unknown, payload?: unknown): void {
    this.queue.push({ label, run, payload });
  }

  suspendCalculation(): void {
    this.suspended.calculation = true;
  }

  suspendScreenUpdating(): void {
    this.suspended.screenUpdating = true;
  }

  private async sync(): Promise<void> {
    const calls = this.queue;
    this.queue = [];
    const record: SyncRecord = {
      calls: calls.map((c) => c.label),
      requestBytes: calls.reduce((n, c) => n + bytesOf(c.payload) + ACTION_ENVELOPE_BYTES, 0),
      responseBytes: 0,
      calculationSuspended: this.suspended.calculation,
      screenUpdatingSuspended: this.suspended.screenUpdating,
    };
    this.suspended = { calculation: false, screenUpdating: false };
    this.syncs.push(record);
    await Promise.resolve();
    const rejection = this.rejections.get(this.syncs.length);
    if (rejection) throw rejection;
    if (record.requestBytes > this.payloadLimit) {
      throw officeError("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.");
    }
    for (const call of calls) record.responseBytes += bytesOf(call.run());
    if (record.responseBytes > this.payloadLimit) {
      throw officeError("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
    }
  }
}
