import type { Lang } from "../messages/catalogue";
import { LIGHT } from "../register/meanings";
import type { Initiative } from "../register/model";
import type { InitiativeRef } from "../summary/summarizeInitiatives";
import type { Summary } from "../summary/summary";
import { chartBesideTable, columnSeries } from "./chartOver";
import type { ReportSheet } from "./reportSheet";
import type { SheetBuilder } from "./sheetBuilder";
import { periodLabel, SHEET_TEXT, type SheetText } from "./sheetText";
import { layoutRoundSection } from "./layoutRoundSection";
import { startFigureSheet } from "./startFigureSheet";
import { BODY, COUNT, HEADER, HEADING, MNOK_FORMAT, SERIES_COLORS, TOTAL } from "./styles";
import { textLines } from "./textLines";

const CHART = { column: 5, columns: 8, minRows: 17 };
/** Running text spans the tables' and the chart's columns. */
const TEXT_COLUMNS = 4 + CHART.columns;

/**
 * The Oppsummering sheet: the opening paragraphs (chapter 1), key figures of
 * the period beside those of the previous one, active initiatives by segment
 * with Figur 1 beside them, the new, completed and paused initiatives, and
 * the reporting round, and what the register says of the new and the
 * completed ones (chapter 3). `initiatives` gives the register's initiatives
 * by ID; `withContacts` false leaves the contacts' addresses off the round.
 */
export function layoutSummarySheet(
  summary: Summary,
  lang: Lang,
  previous?: Summary,
  initiatives: ReadonlyMap<string, Initiative> = new Map(),
  withContacts = true,
): ReportSheet {
  const t = SHEET_TEXT[lang];
  const { b, name, now } = startFigureSheet("summary", t.summaryTitle, summary, lang);
  b.row();
  b.row([t.openingHeading], HEADING);
  for (const paragraph of summary.summaryText[lang].split("\n\n")) {
    b.paragraph(paragraph, TEXT_COLUMNS);
  }
  b.row();
  const top = b.row([t.keyFigures], HEADING);
  b.row([t.keyFigures, now, summary.previousPeriod ? periodLabel(summary.previousPeriod) : t.noPrevious], HEADER);
  const first = b.nextRow;
  for (const [label, figure, needsEarlier] of keyFigures(t)) {
    // New and completed mean nothing in the register's first period: there is nothing to compare with.
    const before = previous && !(needsEarlier && !previous.previousPeriod) ? figure(previous) : "–";
    const r = b.row([label, figure(summary), before]);
    if (label === t.keyBudget) {
      b.style(r, 2, r, 3, { numFmt: MNOK_FORMAT });
    }
  }
  b.style(first, 1, b.nextRow - 1, 1, BODY);
  b.style(first, 2, b.nextRow - 1, 3, COUNT);
  b.row();

  b.row([t.segmentsHeading], HEADING);
  const header = b.row([t.segment, t.keyActive], HEADER);
  const segments = Object.entries(summary.initiatives.bySegment);
  const s1 = b.nextRow;
  for (const [segment, n] of segments) {
    b.row([segment, n]);
  }
  const s2 = b.nextRow - 1;
  b.style(s1, 1, s2, 1, BODY);
  b.style(s1, 2, s2, 2, COUNT);
  const total = b.row([t.sum, summary.initiatives.active]);
  b.style(total, 1, total, 2, TOTAL);
  b.style(total, 2, total, 2, { horizontal: "center" });
  chartBesideTable(b, name, top, CHART, {
    kind: "pie",
    title: t.figure1(now),
    legend: "right",
    categories: { row1: s1, col1: 1, row2: s2, col2: 1 },
    series: [
      columnSeries(
        t.keyActive,
        { header, column: 2, first: s1, last: s2 },
        { pointColors: segments.map((_, i) => SERIES_COLORS[i % SERIES_COLORS.length]) },
      ),
    ],
  });

  const lists: Array<[string, InitiativeRef[]]> = [
    [t.keyNew, summary.initiatives.new],
    [t.keyCompleted, summary.initiatives.completed],
    [t.keyPaused, summary.initiatives.paused],
  ];
  for (const [title, list] of lists) {
    b.row([title], HEADING);
    b.row([t.name, t.id, t.owner], HEADER);
    if (list.length === 0) {
      b.row([t.none], { italic: true });
    }
    for (const i of list) {
      b.row([i.name, i.id, i.owner], { ...BODY, wrap: true });
    }
    b.row();
  }
  layoutRoundSection(b, summary.round, lang, withContacts);
  b.row();
  initiativeTexts(b, t.newDescriptions, summary.initiatives.new, (i) => [initiatives.get(i.id)?.description], t);
  initiativeTexts(
    b,
    t.completedSummaries,
    summary.initiatives.completed,
    (i) => {
      const found = initiatives.get(i.id);
      return [found?.description, found?.closingSummary];
    },
    t,
  );
  b.widths([50, 20, 20, 3, ...Array<number>(CHART.columns).fill(10)]);
  return b.build();
}

/** Each listed initiative with what the register writes of it, a line per row; nothing when the list is empty. */
function initiativeTexts(
  b: SheetBuilder,
  heading: string,
  list: readonly InitiativeRef[],
  texts: (i: InitiativeRef) => Array<string | undefined>,
  t: SheetText,
): void {
  if (list.length === 0) {
    return;
  }
  b.row([heading], HEADING);
  for (const i of list) {
    b.paragraph(t.initiativeLine(i.name, i.owner), TEXT_COLUMNS, { bold: true });
    const lines = texts(i).flatMap((text) => (text ? textLines(text) : []));
    if (lines.length === 0) {
      b.row([t.noText], { italic: true });
    }
    for (const line of lines) {
      b.paragraph(line, TEXT_COLUMNS);
    }
    b.row();
  }
}

type Figure = (s: Summary) => number;

/** Label, figure, and whether the figure needs a period before the one it describes. */
function keyFigures(t: SheetText): Array<[string, Figure, boolean?]> {
  return [
    [t.keyActive, (s) => s.initiatives.active],
    [t.keyRedStatus, (s) => s.status.current[LIGHT.red] ?? 0],
    [t.keyRedRisk, (s) => s.risk.current[LIGHT.red] ?? 0],
    [t.keyCritical, (s) => s.dependencies.criticalRed.length],
    [t.keyBudget, (s) => s.budget.total],
    [t.keyNew, (s) => s.initiatives.new.length, true],
    [t.keyCompleted, (s) => s.initiatives.completed.length, true],
    [t.keyPaused, (s) => s.initiatives.paused.length],
  ];
}
