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

/**
 * The worksheets' values in workbook order; with `names`, only the sheets of
 * those names (compared as the format compares them). Shared strings and
 * styles are read only when a sheet is; chart sheets have no cells and are skipped.
 */
export function readWorkbookSheets(pkg: OpcPackage, names: readonly string[] | undefined, limits: Limits, cache: PartCache): SheetData[] {
  const workbook = readWorkbookPart(pkg);
  const wanted = names && new Set(names.map(normalizeName));
  const chosen = workbook.sheets.filter((s) => s.worksheet && (!wanted || wanted.has(normalizeName(s.name))));
  if (chosen.length === 0) return [];
  const ctx = {
    strings: cached(pkg, workbook.sharedStrings, cache, () => readSharedStrings(pkg, workbook.sharedStrings), [] as string[]),
    dateStyles: cached(pkg, workbook.styles, cache, () => readDateStyles(pkg, workbook.styles), [] as boolean[]),
    date1904: workbook.date1904,
    budget: new CellBudget(limits.cells, pkg.file),
  };
  return chosen.map((s) => {
    const hidden = s.state !== "visible";
    if (!s.part || !pkg.has(s.part)) return { name: s.name, origin: { row: 1, column: 1 }, values: [], hidden };
    return readSheetValues(pkg, s.part, s.name, hidden, ctx);
  });
}

function cached<T>(pkg: OpcPackage, part: string | undefined, cache: PartCache, read: () => T, none: T): T {
  const key = part ? pkg.part(part) : undefined;
  if (!key) return none;
  if (!cache.has(key)) cache.set(key, read());
  return cache.get(key) as T;
}
