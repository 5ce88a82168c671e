import { normalizeName } from "../../core/sheet";
import { probeSheet, type SheetProbe } from "./probeSheet";
import { readProbedSheets, type ProbedSheet, type WorkbookRead } from "./readProbedSheets";
import { excelErrorCode } from "./runBatch";

/**
 * Reads the named sheets starting from the names, not from the sheet list:
 * the first sync asks for each name (`getItemOrNullObject`) together with its
 * used-range size and first block, and for the sheet list. A register whose
 * sheets fit in their first blocks is read in that one sync; the rest follows
 * in as few syncs as keep each under 4 MB.
 *
 * Returns undefined when Excel refuses that first sync with ItemNotFound: a
 * host that does not treat a range of a missing sheet as a null object. The
 * caller then reads from the sheet list instead.
 */
export async function readNamedSheets(context: Excel.RequestContext, names: readonly string[]): Promise<WorkbookRead | undefined> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  const wanted = distinctNames(names);
  const probes = wanted.map((name) => probeSheet(loadSheet(worksheets.getItemOrNullObject(name))));
  try {
    await context.sync();
  } catch (error) {
    if (excelErrorCode(error) === "ItemNotFound") return undefined;
    throw error;
  }

  const all = worksheets.items.map((ws) => ws.name);
  const found = new Map<string, ProbedSheet>();
  const keep = (probe: SheetProbe) => {
    if (!found.has(probe.ws.name)) found.set(probe.ws.name, { name: probe.ws.name, hidden: probe.ws.visibility !== "Visible", probe });
  };
  for (const probe of probes) if (!probe.ws.isNullObject) keep(probe);

  // Excel matches names ignoring case only; the format also ignores spacing ("Tiltak " is Tiltak).
  const keys = new Set(wanted.map(normalizeName));
  const spaced = all.filter((name) => !found.has(name) && keys.has(normalizeName(name)));
  if (spaced.length > 0) {
    const extra = spaced.map((name) => probeSheet(loadSheet(worksheets.getItem(name))));
    await context.sync();
    extra.forEach(keep);
  }

  const inOrder = all.flatMap((name) => found.get(name) ?? []);
  return { sheets: await readProbedSheets(context, inOrder), names: all };
}

function loadSheet(ws: Excel.Worksheet): Excel.Worksheet {
  ws.load("name,visibility");
  return ws;
}

/** One name per sheet the format knows: "Tiltak" and "tiltak" would find the same sheet twice. */
function distinctNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.filter((name) => {
    const key = normalizeName(name);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
