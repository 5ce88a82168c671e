import type { Lang } from "../messages/catalogue";
import type { IsoDate } from "../register/dates";
import type { Summary } from "../summary/summary";
import { chartBesideTable } from "./chartOver";
import type { ReportSheet } from "./reportSheet";
import { codeLabel, SHEET_TEXT } from "./sheetText";
import { startFigureSheet } from "./startFigureSheet";
import { BODY, COUNT, DATE_FORMAT, HEADER, HEADING, NOTE, RAG_FILL, ragStyle, TOTAL } from "./styles";

const CHART = { column: 7, columns: 8, minRows: 18 };
// The category table and the critical table (Figur 5) share columns: Tiltak, Eier, Avhengighet, Frist.
const WIDTHS = [42, 20, 36, 12, 8, 2, ...Array<number>(CHART.columns).fill(9)];

/**
 * The Avhengigheter rapport sheet: dependencies by category and status with
 * Figur 4 beside them, red ones by criticality, and the high-criticality red
 * ones as in Figur 5.
 */
export function layoutDependenciesSheet(summary: Summary, lang: Lang): ReportSheet {
  const t = SHEET_TEXT[lang];
  const d = summary.dependencies;
  const { b, name, now } = startFigureSheet("dependencies", t.dependenciesTitle, summary, lang);
  b.row([t.dependenciesTotal(d.total, now)]);
  b.row([t.statusMeaning], NOTE);
  b.row();

  const top = b.row([t.byCategory], HEADING);
  const categories = Object.keys(d.byCategory);
  const statuses = Object.keys(Object.values(d.byCategory)[0] ?? {});
  const header = b.row([t.category, ...statuses.map((s) => codeLabel(s, lang)), t.sum], HEADER);
  statuses.forEach((s, i) => b.style(header, 2 + i, header, 2 + i, { ...ragStyle(s), horizontal: "center" }));
  const c1 = b.nextRow;
  for (const category of categories) {
    const counts = statuses.map((s) => d.byCategory[category][s] ?? 0);
    b.row([category, ...counts, counts.reduce((a, n) => a + n, 0)]);
  }
  const c2 = b.nextRow - 1;
  b.style(c1, 1, c2, 1, BODY);
  b.style(c1, 2, c2, statuses.length + 2, COUNT);
  const totals = statuses.map((s) => categories.reduce((a, c) => a + (d.byCategory[c][s] ?? 0), 0));
  const total = b.row([t.sum, ...totals, totals.reduce((a, n) => a + n, 0)], TOTAL);
  b.style(total, 2, total, statuses.length + 2, { horizontal: "center" });
  chartBesideTable(b, name, top, CHART, {
    kind: "barStacked",
    title: t.figure4,
    legend: "bottom",
    categories: { row1: c1, col1: 1, row2: c2, col2: 1 },
    series: statuses.map((s, i) => ({
      name: codeLabel(s, lang),
      nameAt: { row: header, column: 2 + i },
      values: { row1: c1, col1: 2 + i, row2: c2, col2: 2 + i },
      color: RAG_FILL[s],
    })),
  });

  b.row([t.redByCriticality], HEADING);
  b.row([t.criticality, t.count], HEADER);
  const r1 = b.nextRow;
  for (const [criticality, n] of Object.entries(d.redByCriticality)) {
    b.row([codeLabel(criticality, lang), n]);
  }
  b.style(r1, 1, b.nextRow - 1, 1, BODY);
  b.style(r1, 2, b.nextRow - 1, 2, COUNT);
  b.row();

  b.row([t.criticalRed], HEADING);
  b.row([t.name, t.owner, t.dependency, t.deadline], HEADER);
  if (d.criticalRed.length === 0) {
    b.row([t.none], { italic: true });
  }
  for (const c of d.criticalRed) {
    const r = b.row([c.initiative, c.owner, c.dependency, c.deadline ? dateOf(c.deadline) : null], { ...BODY, wrap: true });
    b.style(r, 4, r, 4, { numFmt: DATE_FORMAT, horizontal: "center" });
  }
  b.widths(WIDTHS);
  return b.build();
}

/** A date cell at midnight UTC, the way both hosts write a date without a time. */
function dateOf(iso: IsoDate): Date {
  return new Date(`${iso}T00:00:00Z`);
}
