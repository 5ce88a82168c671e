/** Size limits for a workbook file (docs/checks.md tells users what they are). */
export interface Limits {
  /** Compressed file size. */
  fileBytes: number;
  /** Sum of the uncompressed parts of the zip, as declared; no part is inflated past its declared size. */
  uncompressedBytes: number;
  /** Cells of the worksheets read, counted as they stream by (last row × last used column of each). */
  cells: number;
}

/**
 * The limits in force. They sit far above the largest real register (the
 * benchmark's 5,000 initiatives × 12 periods is about 2 M cells) and keep a
 * stray export of a data warehouse from exhausting memory.
 */
export const LIMITS: Limits = {
  fileBytes: 100 * 1024 * 1024,
  uncompressedBytes: 600 * 1024 * 1024,
  cells: 5_000_000,
};
