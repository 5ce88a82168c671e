/**
 * Size limits for a workbook file. They sit far above the largest real
 * register (the benchmark's 5,000 initiatives × 12 periods is about 2 M cells)
 * and keep a stray export of a data warehouse from exhausting memory.
 */
export const LIMITS = {
  /** Compressed file size. */
  fileBytes: 100 * 1024 * 1024,
  /** Sum of the uncompressed parts of the zip. */
  uncompressedBytes: 600 * 1024 * 1024,
  /** Cells in all worksheets (rows × used columns). */
  cells: 5_000_000,
};
