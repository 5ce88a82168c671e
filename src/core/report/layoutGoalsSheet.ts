import type { Lang } from "../messages/catalogue";
import type { Code } from "../register/codes";
import type { Summary } from "../summary/summary";
import { chartBesideTable, columnSeries } from "./chartOver";
import type { ReportSheet } from "./reportSheet";
import type { SheetBuilder } from "./sheetBuilder";
import { SHEET_TEXT } from "./sheetText";
import { startFigureSheet } from "./startFigureSheet";
import { BODY, COUNT, HEADER, HEADING, NOTE, SERIES_COLORS, TOTAL } from "./styles";

const CHART = { column: 5, columns: 8, minRows: 13 };
const TABLE_COLUMNS = 3;

/** What each goal code means, for the table and the chart's labels. */
export interface GoalDescriptions {
  strategic: readonly Code[];
  sustainability: readonly Code[];
}

/**
 * The Mål og bærekraft sheet: active initiatives by main strategic goal
 * (Figur 6) and by sustainability goal (Figur 7), each table with its chart beside it.
 */
export function layoutGoalsSheet(summary: Summary, lang: Lang, goals: GoalDescriptions): ReportSheet {
  const t = SHEET_TEXT[lang];
  const { b, name } = startFigureSheet("goals", t.goalsTitle, summary, lang);
  b.row();

  goalBlock(b, name, {
    heading: t.strategicHeading,
    note: t.strategicNote,
    counts: summary.strategicGoals,
    codes: goals.strategic,
    countHeader: t.activeInitiatives,
    total: summary.initiatives.active,
    title: t.figure6,
    lang,
  });
  const s = summary.sustainabilityGoals;
  goalBlock(b, name, {
    heading: t.sustainabilityHeading,
    lead: t.reportedLine(s.reported, s.of),
    note: t.sustainabilityNote,
    counts: s.byGoal,
    codes: goals.sustainability,
    countHeader: t.activeInitiatives,
    title: t.figure7,
    lang,
  });
  b.widths([8, 52, 16, 3, ...Array<number>(CHART.columns).fill(10)]);
  return b.build();
}

interface GoalBlock {
  heading: string;
  /** A statement before the note, such as "32 av 37". */
  lead?: string;
  note: string;
  counts: Record<string, number>;
  codes: readonly Code[];
  countHeader: string;
  /** Shown as a Sum row when every initiative counts once (main goals). */
  total?: number;
  title: string;
  lang: Lang;
}

function goalBlock(b: SheetBuilder, sheet: string, block: GoalBlock): void {
  const t = SHEET_TEXT[block.lang];
  const top = b.row([block.heading], HEADING);
  if (block.lead) {
    b.paragraph(block.lead, TABLE_COLUMNS);
  }
  b.paragraph(block.note, TABLE_COLUMNS, NOTE);
  const header = b.row([t.goal, t.description, block.countHeader], HEADER);
  const first = b.nextRow;
  for (const [code, n] of Object.entries(block.counts)) {
    b.row([code, block.codes.find((c) => c.code === code)?.description ?? code, n]);
  }
  const last = b.nextRow - 1;
  b.style(first, 1, last, 2, BODY);
  b.style(first, 1, last, 1, { horizontal: "center" });
  b.style(first, 3, last, 3, COUNT);
  if (block.total !== undefined) {
    const total = b.row([t.sum, null, block.total], TOTAL);
    b.style(total, 3, total, 3, { horizontal: "center" });
  }
  chartBesideTable(b, sheet, top, CHART, {
    kind: "bar",
    title: block.title,
    legend: "none",
    categories: { row1: first, col1: 2, row2: last, col2: 2 },
    series: [columnSeries(block.countHeader, { header, column: 3, first, last }, { color: SERIES_COLORS[1] })],
  });
}
