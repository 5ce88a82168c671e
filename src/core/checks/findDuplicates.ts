/**
 * Rows whose key was seen in an earlier row, each with the row it repeats.
 * Rows without a key (undefined) are skipped: their empty cells are reported elsewhere.
 */
export function findDuplicates<T extends { row: number }>(
  rows: readonly T[], keyOf: (r: T) => string | undefined,
): Array<{ record: T; first: number }> {
  const firstRow = new Map<string, number>();
  const out: Array<{ record: T; first: number }> = [];
  for (const r of rows) {
    const key = keyOf(r);
    if (key === undefined) continue;
    const first = firstRow.get(key);
    if (first === undefined) firstRow.set(key, r.row);
    else out.push({ record: r, first });
  }
  return out;
}

/** Joins key parts into one map key; undefined when a required part is missing. */
export function joinKey(...parts: Array<string | number | undefined>): string | undefined {
  return parts.some((p) => p === undefined) ? undefined : parts.join("\u0000");
}
