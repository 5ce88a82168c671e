import { MAX_SYNC_BYTES } from "./payloadSize";

/**
 * Estimated request bytes of one Office.js action besides its values: each
 * property set or method call travels as a small JSON object with its id,
 * type, name and the path of the object it acts on.
 */
export const ACTION_BYTES = 150;

/**
 * Keeps the writes of one batch within Excel's payload limit: before a call
 * is queued its size is reserved, and when it would push the pending request
 * past the budget the queue is synced first. Calculation and screen updating
 * stay suspended across those syncs (both end at each sync, so they are
 * suspended again).
 */
export class SyncBudget {
  private used = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    readonly budget = MAX_SYNC_BYTES,
  ) {
    this.suspend();
  }

  /** Makes room for a call of `bytes` (values included) in the current sync. */
  async reserve(bytes: number): Promise<void> {
    if (this.used > 0 && this.used + bytes > this.budget) {
      await this.context.sync();
      this.used = 0;
      this.suspend();
    }
    this.used += bytes;
  }

  /**
   * Sends the last of the queue; the batch ends with it. With `recalculate`,
   * one more sync has Excel recalculate: after calculation was suspended "it
   * is the developer's responsibility to re-calc the workbook, to ensure that
   * any dependencies are propagated" (Application.suspendApiCalculationUntilNextSync),
   * so formulas of the user's over edited cells would otherwise stay stale.
   * "Recalculate" computes what the edits made dirty, not every formula of
   * every open workbook.
   */
  async finish(options: { recalculate?: boolean } = {}): Promise<void> {
    await this.context.sync();
    this.used = 0;
    if (!options.recalculate) {
      return;
    }
    this.context.workbook.application.calculate("Recalculate" as Excel.CalculationType);
    await this.context.sync();
  }

  private suspend(): void {
    this.context.workbook.application.suspendApiCalculationUntilNextSync();
    this.context.workbook.application.suspendScreenUpdatingUntilNextSync();
  }
}
