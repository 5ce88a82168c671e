import type { Lang } from "../messages/catalogue";
import type { Aspect, StatusSummary } from "../summary/summarizeStatus";
import type { Summary } from "../summary/summary";
import { chartBesideTable } from "./chartOver";
import type { ReportSheet } from "./reportSheet";
import { codeLabel, periodLabel, SHEET_TEXT } from "./sheetText";
import { layoutSignalsSection } from "./layoutSignalsSection";
import { startFigureSheet } from "./startFigureSheet";
import { BODY, COUNT, HEADER, HEADING, NOTE, RAG_FILL, ragStyle, TOTAL } from "./styles";

// The chart starts in the wide reason column, right beside the counts.
const CHART = { column: 4, columns: 2, minRows: 16 };
const WIDTHS = [40, 20, 20, 64, 14];

/**
 * The Status or Risiko sheet: counts per colour at the previous and the
 * current reporting with Figur 2 (or 3) beside them, the red initiatives with
 * their reasons, the initiatives whose colour changed, and on Status the
 * signals beside the reported colours.
 */
export function layoutStatusSheet(summary: Summary, aspect: Aspect, lang: Lang): ReportSheet {
  const t = SHEET_TEXT[lang];
  const s: StatusSummary = summary[aspect];
  const isStatus = aspect === "status";
  const { b, name, now } = startFigureSheet(aspect, isStatus ? t.statusTitle : t.riskTitle, summary, lang);
  const before = summary.previousPeriod ? periodLabel(summary.previousPeriod) : t.noPrevious;
  b.row([isStatus ? t.statusScope : t.riskScope], NOTE);
  b.row();

  const top = b.row([isStatus ? t.statusCounts : t.riskCounts], HEADING);
  const header = b.row([isStatus ? t.statusColumn : t.riskColumn, before, now], HEADER);
  const codes = Object.keys(s.current);
  const c1 = b.nextRow;
  for (const code of codes) {
    const r = b.row([codeLabel(code, lang), s.previous[code] ?? 0, s.current[code] ?? 0]);
    b.style(r, 1, r, 1, { ...BODY, ...ragStyle(code) });
  }
  const c2 = b.nextRow - 1;
  b.style(c1, 2, c2, 3, COUNT);
  const total = b.row([t.sum, sum(s.previous), sum(s.current)], TOTAL);
  b.style(total, 2, total, 3, { horizontal: "center" });
  // Periods as categories and one series per colour: previous left, current right, as in Figur 2.
  chartBesideTable(b, name, top, CHART, {
    kind: "column",
    title: isStatus ? t.figure2 : t.figure3,
    legend: "bottom",
    categories: { row1: header, col1: 2, row2: header, col2: 3 },
    series: codes.map((code, i) => ({
      name: codeLabel(code, lang),
      nameAt: { row: c1 + i, column: 1 },
      values: { row1: c1 + i, col1: 2, row2: c1 + i, col2: 3 },
      color: RAG_FILL[code],
    })),
  });

  b.row([isStatus ? t.statusRed : t.riskRed], HEADING);
  b.row([t.name, t.id, t.owner, t.reason], HEADER);
  if (s.red.length === 0) {
    b.row([t.none], { italic: true });
  }
  for (const red of s.red) {
    const r = b.row([red.name, red.id, red.owner, red.reason], { ...BODY, wrap: true });
    b.style(r, 1, r, 1, { fill: RAG_FILL.Rød });
  }
  b.row();

  b.row([isStatus ? t.statusChanges : t.riskChanges], HEADING);
  b.row([t.name, t.from, t.to], HEADER);
  if (s.changes.length === 0) {
    b.row([t.none], { italic: true });
  }
  for (const change of s.changes) {
    const r = b.row([change.name, codeLabel(change.from, lang), codeLabel(change.to, lang)], BODY);
    b.style(r, 2, r, 2, { ...ragStyle(change.from), horizontal: "center" });
    b.style(r, 3, r, 3, { ...ragStyle(change.to), horizontal: "center" });
  }
  if (isStatus) {
    b.row();
    layoutSignalsSection(b, summary.signals, lang);
  }
  b.widths(WIDTHS);
  return b.build();
}

function sum(counts: Record<string, number>): number {
  return Object.values(counts).reduce((a, n) => a + n, 0);
}
