import { normalizeName } from "../../core/sheet";
import { probeSheet, syncProbes } from "./probeSheet";
import { readProbedSheets, type WorkbookRead } from "./readProbedSheets";

/**
 * Reads worksheets starting from the sheet list: the list (names, visibility);
 * then in one sync each chosen sheet's sizes and first block; then the rest,
 * in as few syncs as keep each under 4 MB. Every sheet when no names are
 * given, else those whose names match (case and spacing ignored).
 */
export async function readAllSheets(context: Excel.RequestContext, names?: readonly string[]): Promise<WorkbookRead> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name,items/visibility");
  await context.sync();

  const wanted = names && new Set(names.map(normalizeName));
  const chosen = worksheets.items.filter((ws) => !wanted || wanted.has(normalizeName(ws.name)));
  const probed =
    chosen.length === 0
      ? []
      : await syncProbes(context, (withHead) =>
          chosen.map((ws) => ({ name: ws.name, hidden: ws.visibility !== "Visible", probe: probeSheet(ws, withHead) })),
        );
  return { sheets: await readProbedSheets(context, probed), names: worksheets.items.map((ws) => ws.name) };
}
