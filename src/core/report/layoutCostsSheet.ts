import type { Lang } from "../messages/catalogue";
import type { Summary } from "../summary/summary";
import type { ReportSheet } from "./reportSheet";
import { SheetBuilder } from "./sheetBuilder";
import { reportSheetName } from "./sheetNames";
import { SHEET_TEXT } from "./sheetText";
import { BODY, HEADER, INTERNAL_FORMAT, MNOK_FORMAT, NOTE, SUBTITLE, TITLE, TOTAL } from "./styles";

const LABELS = 3;

/**
 * The Driftskostnader tabell sheet, as chapter 5 of the report: solution,
 * initiative and part, one column per year; amounts covered internally in
 * parentheses and left out of the Sum row.
 */
export function layoutCostsSheet(summary: Summary, lang: Lang): ReportSheet {
  const t = SHEET_TEXT[lang];
  const costs = summary.operatingCosts;
  const b = new SheetBuilder("costs", reportSheetName("costs", lang));
  b.row([t.costsTitle], TITLE);
  b.row([t.costsSubtitle], SUBTITLE);
  b.row();
  const header = b.row([t.solution, t.name, t.part, ...costs.years.map(String)], HEADER);
  b.style(header, LABELS + 1, header, LABELS + costs.years.length, { horizontal: "right" });
  b.freeze(header);
  if (costs.rows.length === 0) {
    b.row([t.noCosts], { italic: true });
  }
  let solution: string | undefined;
  for (const row of costs.rows) {
    // The solution is written once per group, as the report's table does.
    const r = b.row([row.solution === solution ? null : row.solution, row.initiative, row.part || null]);
    solution = row.solution;
    b.style(r, 1, r, 1, { bold: true });
    costs.years.forEach((year, i) => {
      const column = LABELS + 1 + i;
      const amount = row.amounts[year];
      const internal = row.internal[year];
      if (amount !== undefined) {
        b.put(r, column, amount, { numFmt: MNOK_FORMAT });
      } else if (internal !== undefined) {
        b.put(r, column, internal, { numFmt: INTERNAL_FORMAT, italic: true });
      }
    });
    b.style(r, 1, r, LABELS + costs.years.length, BODY);
  }
  const total = b.row([t.sum, t.unit, null, ...costs.years.map((y) => costs.totals[y] ?? 0)], TOTAL);
  b.style(total, LABELS + 1, total, LABELS + costs.years.length, { numFmt: MNOK_FORMAT });
  b.row();
  b.row([t.internalNote], NOTE);
  b.widths([16, 44, 28, ...costs.years.map(() => 10)]);
  return b.build();
}
