import { planReadBlocks, type PendingRows } from "../../src/host/office/planReadBlocks";

const pending = (sheet: number, firstRow: number, lastRow: number, bytesPerRow: number): PendingRows => ({
  sheet,
  firstRow,
  lastRow,
  firstColumn: 1,
  lastColumn: 9,
  bytesPerRow,
});

describe("planning the reads of a large register", () => {
  const input = [pending(0, 101, 2_000, 300), pending(1, 101, 40_100, 350), pending(2, 101, 150, 80)];
  const budget = 2_600_000;
  const syncs = planReadBlocks(input, budget);

  it("reads every row exactly once", () => {
    for (const p of input) {
      const rows = syncs
        .flat()
        .filter((b) => b.sheet === p.sheet)
        .flatMap((b) => Array.from({ length: b.lastRow - b.firstRow + 1 }, (_, i) => b.firstRow + i));
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

  it("keeps every block within Excel's 5,000,000 cells, however few bytes the cells take", () => {
    const wide: PendingRows = { sheet: 0, firstRow: 1, lastRow: 1_000, firstColumn: 1, lastColumn: 16_384, bytesPerRow: 1 };
    const blocks = planReadBlocks([wide], budget).flat();
    for (const b of blocks) {
      expect((b.lastRow - b.firstRow + 1) * 16_384).toBeLessThanOrEqual(5_000_000);
    }
    expect(blocks.reduce((n, b) => n + b.lastRow - b.firstRow + 1, 0)).toBe(1_000);
  });
});
