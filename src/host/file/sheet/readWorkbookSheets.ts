import { normalizeName, type SheetData } from "../../../core/sheet";
import type { Limits } from "../package/limits";
import type { OpcPackage, Part } from "../package/opcPackage";
import { CellBudget } from "./cellBudget";
import { readDateStyles } from "./readDateStyles";
import { readSharedStrings } from "./readSharedStrings";
import { readSheetValues } from "./readSheetValues";
import { readWorkbookPart } from "./readWorkbookPart";

/** Parsed shared parts, kept while the part they came from is unchanged. */
export type PartCache = WeakMap<Part, unknown>;

/** Told how many bytes of sheet XML have been read of how many to read. */
export type ReadProgress = (done: number, total: number) => void;

/**
 * The worksheets' values in workbook order; with `names`, only the sheets of
 * those names (compared as the format compares them). Shared strings and
 * styles are read only when a sheet is; chart sheets have no cells and are skipped.
 */
export async function readWorkbookSheets(
  pkg: OpcPackage,
  names: readonly string[] | undefined,
  limits: Limits,
  cache: PartCache,
  onProgress?: ReadProgress,
): Promise<SheetData[]> {
  const workbook = readWorkbookPart(pkg);
  const wanted = names && new Set(names.map(normalizeName));
  const chosen = workbook.sheets.filter((s) => s.worksheet && (!wanted || wanted.has(normalizeName(s.name))));
  if (chosen.length === 0) {
    return [];
  }
  const ctx = {
    strings: await cached(pkg, workbook.sharedStrings, cache, () => readSharedStrings(pkg, workbook.sharedStrings), [] as string[]),
    dateStyles: await cached(pkg, workbook.styles, cache, async () => readDateStyles(pkg, workbook.styles), [] as boolean[]),
    date1904: workbook.date1904,
    budget: new CellBudget(limits.cells, pkg.file),
    onBytes:
      onProgress &&
      countBytes(
        pkg,
        chosen.map((s) => s.part),
        onProgress,
      ),
  };
  const sheets: SheetData[] = [];
  for (const s of chosen) {
    const hidden = s.state !== "visible";
    if (!s.part || !pkg.has(s.part)) {
      sheets.push({ name: s.name, origin: { row: 1, column: 1 }, values: [], hidden });
    } else {
      sheets.push(await readSheetValues(pkg, s.part, s.name, hidden, ctx));
    }
  }
  return sheets;
}

/** Adds up inflated bytes against the sheets' declared sizes. */
function countBytes(pkg: OpcPackage, parts: ReadonlyArray<string | undefined>, onProgress: ReadProgress): (bytes: number) => void {
  let total = 0;
  for (const name of parts) {
    const part = name ? pkg.part(name) : undefined;
    if (part) {
      total += "entry" in part ? part.entry.size : part.data.length;
    }
  }
  let done = 0;
  onProgress(0, total);
  return (bytes) => onProgress((done = Math.min(total, done + bytes)), total);
}

async function cached<T>(pkg: OpcPackage, part: string | undefined, cache: PartCache, read: () => Promise<T>, none: T): Promise<T> {
  const key = part ? pkg.part(part) : undefined;
  if (!key) {
    return none;
  }
  if (!cache.has(key)) {
    cache.set(key, await read());
  }
  return cache.get(key) as T;
}
