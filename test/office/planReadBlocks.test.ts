import { planReadBlocks, type PendingRows } from "../../src/host/office/planReadBlocks";

const pending = (sheet: number, firstRow: number, lastRow: number, bytesPerRow: number): PendingRows =>
  ({ sheet, firstRow, lastRow, firstColumn: 1, lastColumn: 9, bytesPerRow });

describe("planning the reads of a large register", () => {
  const input = [pending(0, 101, 2_000, 300), pending(1, 101, 40_100, 350), pending(2, 101, 150, 80)];
  const budget = 2_600_000;
  const syncs = planReadBlocks(input, budget);

  it("reads every row exactly once", () => {
    for (const p of input) {
      const rows = syncs.flat().filter((b) => b.sheet === p.sheet).flatMap((b) => Array.from({ length: b.lastRow - b.firstRow + 1 }, (_, i) => b.firstRow + i));
      expect(rows).toEqual(Array.from({ length: p.lastRow - p.firstRow + 1 }, (_, i) => p.firstRow + i));
    }
  });

  it("keeps every sync within the budget and uses as few as that allows", () => {
    const total = input.reduce((n, p) => n + (p.lastRow - p.firstRow + 1) * p.bytesPerRow, 0);
    for (const blocks of syncs) {
      const bytes = blocks.reduce((n, b) => n + (b.lastRow - b.firstRow + 1) * input[b.sheet].bytesPerRow, 0);
      expect(bytes).toBeLessThanOrEqual(budget);
    }
    expect(syncs.length).toBe(Math.ceil(total / budget));
  });

  it("shares a sync between small sheets", () => {
    expect(planReadBlocks([pending(0, 101, 300, 100), pending(1, 101, 400, 100)], budget)).toHaveLength(1);
  });
});
