import { FakeSheet } from "./fakeSheet";
import { officeError, type OfficeErrorLike } from "./officeError";
import { FakeWorkbookProxy } from "./fakeWorksheets";

/**
 * Excel on the web refuses requests and responses over 5 MB
 * (RequestPayloadSizeLimitExceeded, ResponsePayloadSizeLimitExceeded).
 * Source: https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins
 * and https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling
 */
export const EXCEL_WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;

/**
 * "A range is limited to 5,000,000 cells for read operations", on every
 * platform; Excel refuses more with RangeExceedsLimit. Sources as above.
 */
export const EXCEL_READ_CELL_LIMIT = 5_000_000;

/** What one queued call adds to Office's request JSON besides its arguments (ids, type, name, object path). */
export const ACTION_ENVELOPE_BYTES = 100;

/** What a proxy taken from a null object is: a null object too, or a failed sync. */
export type NullNavigation = "propagate" | "fail";

/** The requirement sets the double answers `isSetSupported` for: ExcelApi up to this minor version. */
export const DOUBLE_EXCEL_API = 17;

/** One `context.sync()`: what it carried and what was suspended during it. */
export interface SyncRecord {
  calls: string[];
  /** JSON bytes of the values and formats sent with the queued calls, plus each call's envelope. */
  requestBytes: number;
  /** JSON bytes of the properties loaded back. */
  responseBytes: number;
  calculationSuspended: boolean;
  screenUpdatingSuspended: boolean;
  /** Excel.run's options of the batch the sync belongs to. */
  runOptions?: Excel.RunOptions;
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
  private runOptions?: Excel.RunOptions;
  /** Batches waiting for the user to leave the cell (delayForCellEdit). */
  private waiting: Array<() => void> = [];
  /** The user is typing in a cell; see `editCell`. */
  private editing = false;
  /** Cells changed while calculation was suspended, and not recalculated since. */
  private stale = false;
  /** Workbooks opened with Excel.createWorkbook, as the base64 they came as. */
  readonly createdWorkbooks: string[] = [];
  /** The highest ExcelApi 1.x set this Excel supports (Office.context.requirements.isSetSupported). */
  excelApi = DOUBLE_EXCEL_API;

  /**
   * `nullNavigation`: whether a proxy taken from a null object (a range of a
   * worksheet that `getItemOrNullObject` did not find) is a null object too
   * ("propagate") or fails the sync ("fail", with `nullNavigationError`).
   * Office documents only `isNullObject` on the null object itself
   * (https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#ornullobject-methods-and-properties),
   * not what is taken from it, nor with which error code a call on it fails.
   * So the double's default is the reading the documentation supports best,
   * that nothing but `isNullObject` of a null object can be relied on, and the
   * adapter must work in both modes.
   */
  constructor(
    readonly payloadLimit = EXCEL_WEB_PAYLOAD_LIMIT,
    readonly nullNavigation: NullNavigation = "fail",
    readonly nullNavigationError = "ItemNotFound",
  ) {}

  /** Adds a worksheet holding `values` from A1 (or `origin`). */
  addSheet(
    name: string,
    values: ReadonlyArray<ReadonlyArray<string | number | boolean | null>> = [],
    options: { origin?: { row: number; column: number }; visibility?: FakeSheet["visibility"] } = {},
  ): FakeSheet {
    const sheet = new FakeSheet(name, options.visibility).fill(values, options.origin);
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): FakeSheet {
    const found = this.findSheet(name);
    if (!found) {
      throw new Error(`No sheet ${name} in the double`);
    }
    return found;
  }

  findSheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** Makes the `n`th sync from now (1 = the next) fail with `error`, as Excel rejects a request. */
  rejectSync(n: number, error: OfficeErrorLike): void {
    this.rejections.set(this.syncs.length + n, error);
  }

  /**
   * A batch runner with the signatures of Excel.run used here: `run(batch)`
   * and `run(options, batch)`. While the user edits a cell, a batch fails
   * with InvalidOperationInCellEditMode unless `delayForCellEdit` is set; then
   * it waits until the user leaves the cell.
   * Source: Excel.RunOptions.delayForCellEdit in @types/office-js, and
   * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-delay-in-cell-edit
   */
  readonly run = async <T>(
    first: Excel.RunOptions | ((context: Excel.RequestContext) => Promise<T>),
    second?: (context: Excel.RequestContext) => Promise<T>,
  ): Promise<T> => {
    const [options, batch] = typeof first === "function" ? [undefined, first] : [first, second];
    if (!batch) {
      throw new Error("Excel.run needs a batch function");
    }
    if (this.editing && options?.delayForCellEdit) {
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
    this.batches++;
    this.queue = [];
    this.runOptions = options;
    const context = { workbook: new FakeWorkbookProxy(this), sync: () => this.sync() };
    return batch(context as unknown as Excel.RequestContext);
  };

  /** The user starts typing in a cell (Excel's cell edit mode). */
  editCell(): void {
    this.editing = true;
  }

  /** The user presses Enter: batches that waited for the cell now run. */
  leaveCell(): void {
    this.editing = false;
    const waiting = this.waiting;
    this.waiting = [];
    for (const resume of waiting) {
      resume();
    }
  }

  /**
   * Excel.createWorkbook (ExcelApi 1.8): the base64 file travels as one
   * request, so Excel on the web refuses it over the 5 MB payload limit.
   * Sources: Excel.createWorkbook in @types/office-js; the payload limit above.
   */
  readonly createWorkbook = async (base64?: string): Promise<void> => {
    if (!this.isSetSupported("ExcelApi", "1.8")) {
      throw new TypeError("Excel.createWorkbook is not a function");
    }
    if (bytesOf(base64 ?? "") + ACTION_ENVELOPE_BYTES > this.payloadLimit) {
      throw officeError("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.");
    }
    this.createdWorkbooks.push(base64 ?? "");
  };

  /** Office.context.requirements.isSetSupported for the ExcelApi sets this Excel has. */
  readonly isSetSupported = (name: string, version?: string): boolean => {
    if (name !== "ExcelApi") {
      return false;
    }
    const [major, minor = "0"] = (version ?? "1.1").split(".");
    return Number(major) === 1 && Number(minor) <= this.excelApi;
  };

  /**
   * True when cells changed while calculation was suspended and Excel has not
   * recalculated since: "Once set, it is the developer's responsibility to
   * re-calc the workbook, to ensure that any dependencies are propagated."
   * Source: Application.suspendApiCalculationUntilNextSync in @types/office-js.
   */
  get calculationPending(): boolean {
    return this.stale;
  }

  /** A change to cells in the running sync: stale until recalculated when calculation is suspended. */
  changedCells(): void {
    if (this.suspended.calculation) {
      this.stale = true;
    }
  }

  /** Application.calculate: recalculates, unless calculation is suspended in this very sync. */
  calculate(): void {
    if (!this.suspended.calculation) {
      this.stale = false;
    }
  }

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
      runOptions: this.runOptions,
    };
    this.syncs.push(record);
    try {
      await Promise.resolve();
      const rejection = this.rejections.get(this.syncs.length);
      if (rejection) {
        throw rejection;
      }
      if (this.editing) {
        // Source: Excel.RunOptions.delayForCellEdit ("the batch automatically fails") and Excel.ErrorCodes.
        throw officeError(
          "InvalidOperationInCellEditMode",
          "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.",
        );
      }
      if (record.requestBytes > this.payloadLimit) {
        throw officeError("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.");
      }
      for (const call of calls) {
        record.responseBytes += bytesOf(call.run());
      }
      if (record.responseBytes > this.payloadLimit) {
        throw officeError("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
      }
    } finally {
      // Both suspensions end at the sync, whether it succeeds or not.
      this.suspended = { calculation: false, screenUpdating: false };
    }
  }
}
