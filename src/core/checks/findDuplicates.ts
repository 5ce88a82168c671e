/** One part of a row's key; numbers count as their text, as they would in a joined key. */
export type KeyPart = string | number;

/**
 * Rows whose key was seen in an earlier row, each with the row it repeats.
 * Rows without a key (undefined) are skipped: their empty cells are reported elsewhere.
 */
export function findDuplicates<T extends { row: number }>(
  rows: readonly T[],
  keyOf: (r: T) => readonly string[] | undefined,
): Array<{ record: T; first: number }> {
  const firstRows: KeyLevel = new Map();
  const out: Array<{ record: T; first: number }> = [];
  for (const r of rows) {
    const key = keyOf(r);
    if (key === undefined) {
      continue;
    }
    const first = firstRowOf(firstRows, key, r.row);
    if (first !== undefined) {
      out.push({ record: r, first });
    }
  }
  return out;
}

/** The parts of a row's key; undefined when a required part is missing. */
export function keyParts(...parts: Array<KeyPart | undefined>): string[] | undefined {
  // Converted in place: this runs once per row, and the rest array is already this row's own.
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (part === undefined) {
      return undefined;
    }
    if (typeof part === "number") {
      parts[i] = String(part);
    }
  }
  return parts as string[];
}

// One map level per key part rather than one joined string per row: with hundreds of
// thousands of rows, building and hashing a fresh key string each time dominated the checks.
type KeyLevel = Map<string, KeyLevel | number>;

/** The row that first had this key, recording `row` as that row when none did. */
function firstRowOf(root: KeyLevel, key: readonly string[], row: number): number | undefined {
  let level = root;
  for (let i = 0; i < key.length - 1; i++) {
    let next = level.get(key[i]) as KeyLevel | undefined;
    if (next === undefined) {
      next = new Map();
      level.set(key[i], next);
    }
    level = next;
  }
  const last = key[key.length - 1];
  const first = level.get(last) as number | undefined;
  if (first === undefined) {
    level.set(last, row);
  }
  return first;
}
