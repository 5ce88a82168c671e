import { UnusableInputError } from "../../../workbook/errors";

/**
 * The cell limit, counted while sheets stream by: each sheet's last row ×
 * last used column, added up over the sheets read. A sheet that passes the
 * limit stops the read at once, before its values are held.
 */
export class CellBudget {
  private used = 0;

  constructor(
    private readonly limit: number,
    private readonly file: string,
  ) {}

  /** Refuses the file when the sheet being read, at its current extent, passes the limit. */
  check(sheetCells: number): void {
    const total = this.used + sheetCells;
    if (total > this.limit) {
      throw new UnusableInputError("too-many-cells", this.file, `${total.toLocaleString("en")} > ${this.limit.toLocaleString("en")}`);
    }
  }

  /** Counts a finished sheet. */
  spend(sheetCells: number): void {
    this.check(sheetCells);
    this.used += sheetCells;
  }
}
