import { countTransitions } from "../history/countTransitions";
import type { HistorySummary, InitiativeHistory } from "../history/summarizeHistory";
import type { Lang } from "../messages/catalogue";
import type { Period } from "../register/period";
import type { Summary } from "../summary/summary";
import { chartBesideTable } from "./chartOver";
import { HISTORY_TEXT, type HistoryText } from "./historyText";
import type { ReportSheet } from "./reportSheet";
import type { SheetBuilder } from "./sheetBuilder";
import { codeLabel, periodLabel, SHEET_TEXT } from "./sheetText";
import { startFigureSheet } from "./startFigureSheet";
import { BODY, COUNT, HEADER, HEADING, NOTE, RAG_FILL, ragStyle, TOTAL } from "./styles";

const NAME_WIDTH = 44;
const SEGMENT_WIDTH = 14;
const LIGHT_WIDTH = 9;
// The chart sits right of the counts tables, over columns that the matrix below uses for its periods.
const CHART = { columns: 8, minRows: 18 };

/**
 * The Historikk sheet: status and risk counts of the last eight periods with a
 * stacked column chart of the status, each active initiative's status and
 * risk period by period (by segment and name, the current period last), and
 * the transitions from the previous period to this one.
 */
export function layoutHistorySheet(summary: Summary, lang: Lang, segments: readonly string[]): ReportSheet {
  const t = HISTORY_TEXT[lang];
  const h = summary.history;
  const { b, name } = startFigureSheet("history", t.title, summary, lang);
  b.row([t.scope(h.periods.length)], NOTE);
  b.row();

  const top = b.nextRow;
  const status = countsTable(b, t.statusCounts, t.status, h.periods, h.status, lang);
  b.row();
  countsTable(b, t.riskCounts, t.risk, h.periods, h.risk, lang);
  chartBesideTable(
    b,
    name,
    top,
    { ...CHART, column: h.periods.length + 3 },
    {
      kind: "columnStacked",
      title: t.chart,
      legend: "bottom",
      categories: { row1: status.header, col1: 2, row2: status.header, col2: 1 + h.periods.length },
      series: status.codes.map((code, i) => ({
        name: codeLabel(code, lang),
        nameAt: { row: status.first + i, column: 1 },
        values: { row1: status.first + i, col1: 2, row2: status.first + i, col2: 1 + h.periods.length },
        color: RAG_FILL[code],
      })),
    },
  );

  matrix(b, t, h, segments, lang);
  b.row();
  transitions(b, t, h, summary.previousPeriod, summary.period, lang);

  const periodColumns = Math.max(2 * h.periods.length, h.periods.length + 2 + CHART.columns);
  b.widths([NAME_WIDTH, SEGMENT_WIDTH, ...Array<number>(periodColumns).fill(LIGHT_WIDTH)]);
  return b.build();
}

/** A table of counts: one row per code, one column per period, and a sum row. */
function countsTable(
  b: SheetBuilder,
  heading: string,
  column: string,
  periods: readonly Period[],
  counts: HistorySummary["status"],
  lang: Lang,
): { header: number; first: number; codes: string[] } {
  b.row([heading], HEADING);
  const header = b.row([column, ...periods.map(periodLabel)], HEADER);
  const codes = Object.keys(counts[periods[periods.length - 1]] ?? {});
  const first = b.nextRow;
  for (const code of codes) {
    const r = b.row([codeLabel(code, lang), ...periods.map((p) => counts[p]?.[code] ?? 0)]);
    b.style(r, 1, r, 1, { ...BODY, ...ragStyle(code) });
  }
  b.style(first, 2, b.nextRow - 1, 1 + periods.length, COUNT);
  const total = b.row([SHEET_TEXT[lang].sum, ...periods.map((p) => sum(counts[p] ?? {}))], TOTAL);
  b.style(total, 2, total, 1 + periods.length, { horizontal: "center" });
  return { header, first, codes };
}

/** Initiatives × periods: a status and a risk column per period, coloured. */
function matrix(b: SheetBuilder, t: HistoryText, h: HistorySummary, segments: readonly string[], lang: Lang): void {
  b.row([t.matrix], HEADING);
  b.row([t.matrixNote], NOTE);
  const top = b.row([t.initiative, t.segment, ...h.periods.flatMap((p) => [periodLabel(p), null])], HEADER);
  h.periods.forEach((_, i) => b.merge(top, 3 + 2 * i, top, 4 + 2 * i));
  b.style(top, 3, top, 2 + 2 * h.periods.length, { horizontal: "center" });
  b.row([null, null, ...h.periods.flatMap(() => [t.status, t.risk])], { ...HEADER, horizontal: "center" });
  for (const line of [...h.initiatives].sort(bySegmentAndName(segments))) {
    const r = b.row([line.name, line.segment], BODY);
    h.periods.forEach((p, i) => {
      const c = 3 + 2 * i;
      const colour = line.status[p];
      if (colour === undefined) {
        const phase = line.phase[p];
        b.put(r, c, phase ? t.phase(phase) : null, { ...BODY, italic: true, fontColor: "595959", horizontal: "center" });
        b.put(r, c + 1, null, BODY);
        return;
      }
      b.put(r, c, codeLabel(colour, lang), { ...BODY, ...ragStyle(colour), horizontal: "center" });
      const risk = line.risk[p];
      b.put(r, c + 1, risk === undefined ? null : codeLabel(risk, lang), { ...BODY, ...ragStyle(risk ?? ""), horizontal: "center" });
    });
  }
}

/** Previous → current status counts, only for initiatives reported in both. */
function transitions(
  b: SheetBuilder,
  t: HistoryText,
  h: HistorySummary,
  previous: Period | null,
  current: Period | null,
  lang: Lang,
): void {
  if (!previous || !current) {
    b.row([t.transitions("–", periodLabel(current))], HEADING);
    b.row([t.noTransitions], { italic: true });
    return;
  }
  const x = countTransitions(h, previous, current);
  b.row([t.transitions(periodLabel(previous), periodLabel(current))], HEADING);
  b.row([t.transitionsNote], NOTE);
  const header = b.row([t.fromTo, null, ...x.codes.map((c) => codeLabel(c, lang)), SHEET_TEXT[lang].sum], HEADER);
  x.codes.forEach((c, i) => b.style(header, 3 + i, header, 3 + i, ragStyle(c)));
  for (const from of x.codes) {
    const counts = x.codes.map((to) => x.counts[from][to]);
    const r = b.row([codeLabel(from, lang), null, ...counts, sum(x.counts[from])]);
    b.style(r, 1, r, 1, { ...BODY, ...ragStyle(from) });
    b.style(r, 3, r, 3 + x.codes.length, COUNT);
    // The diagonal is "no change": bold, so the moves around it stand out.
    b.style(r, 3 + x.codes.indexOf(from), r, 3 + x.codes.indexOf(from), { bold: true });
  }
  const total = b.row(
    [SHEET_TEXT[lang].sum, null, ...x.codes.map((to) => x.codes.reduce((n, from) => n + x.counts[from][to], 0)), x.total],
    TOTAL,
  );
  b.style(total, 3, total, 3 + x.codes.length, { horizontal: "center" });
}

function bySegmentAndName(segments: readonly string[]): (a: InitiativeHistory, b: InitiativeHistory) => number {
  const rank = (s: string) => (segments.includes(s) ? segments.indexOf(s) : segments.length);
  return (a, b) => rank(a.segment) - rank(b.segment) || a.segment.localeCompare(b.segment, "nb") || a.name.localeCompare(b.name, "nb");
}

function sum(counts: Record<string, number>): number {
  return Object.values(counts).reduce((a, n) => a + n, 0);
}
