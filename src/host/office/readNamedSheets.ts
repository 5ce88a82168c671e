import { normalizeName } from "../../core/sheet";
import { probeSheet, syncProbes, type SheetProbe } from "./probeSheet";
import { readProbedSheets, type ProbedSheet, type WorkbookRead } from "./readProbedSheets";

/** The read, or Excel's refusal of its first sync. */
export type NamedRead = { read: WorkbookRead } | { refusal: unknown };

/**
 * Reads the named sheets starting from the names, not from the sheet list:
 * the first sync asks for each name (`getItemOrNullObject`) together with its
 * sizes and first block, and for the sheet list. A register whose sheets fit
 * in their first blocks is read in that one sync; the rest follows in as few
 * syncs as keep each under 4 MB.
 *
 * Office documents that a missing sheet is a null object, not what a range
 * taken from that null object is: a null object too, or a refused sync, and
 * with which error. So any refusal of that first sync, which only reads, is
 * returned as it is, and the caller reads from the sheet list instead.
 */
export async function readNamedSheets(context: Excel.RequestContext, names: readonly string[]): Promise<NamedRead> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  const wanted = distinctNames(names);
  const probes = wanted.map((name) => probeSheet(loadSheet(worksheets.getItemOrNullObject(name))));
  try {
    await context.sync();
  } catch (error) {
    return { refusal: error };
  }

  const all = worksheets.items.map((ws) => ws.name);
  const found = new Map<string, ProbedSheet>();
  const keep = (probe: SheetProbe) => {
    if (!found.has(probe.ws.name)) {
      found.set(probe.ws.name, { name: probe.ws.name, hidden: probe.ws.visibility !== "Visible", probe });
    }
  };
  for (const probe of probes) {
    if (!probe.ws.isNullObject) {
      keep(probe);
    }
  }

  // Excel matches names ignoring case only; the format also ignores spacing ("Tiltak " is Tiltak).
  const keys = new Set(wanted.map(normalizeName));
  const spaced = all.filter((name) => !found.has(name) && keys.has(normalizeName(name)));
  if (spaced.length > 0) {
    const extra = await syncProbes(context, (withHead) => spaced.map((name) => probeSheet(loadSheet(worksheets.getItem(name)), withHead)));
    extra.forEach(keep);
  }

  const inOrder = all.flatMap((name) => found.get(name) ?? []);
  return { read: { sheets: await readProbedSheets(context, inOrder), names: all } };
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
    if (seen.has(key)) {
      return false;
    }
    seen.add(key);
    return true;
  });
}
