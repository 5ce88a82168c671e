import type { CellValue } from "../cells";
import type { Lang } from "../messages/catalogue";
import type { Roadmap, RoadmapArea, RoadmapEntry } from "../summary/summarizeRoadmap";
import type { ReportSheet } from "./reportSheet";
import { SheetBuilder } from "./sheetBuilder";
import { roadmapSheetName } from "./sheetNames";
import { SHEET_TEXT, type SheetText } from "./sheetText";
import { BODY, HEADER, NOTE, SUBTITLE, TITLE } from "./styles";

/**
 * Hvem, Tjeneste, Hva skal skje, Totalperiode: then one narrow column per year of the timeline. Hvem is wide
 * enough for the report's longest one-line actors ("Sykehjem og hjemmetjenesten"): the row height is estimated
 * from the text's length, and a name that wrapped where the estimate said it fits would print over the next row.
 */
const TEXT_WIDTHS = [27, 30, 60, 13];
const YEAR_WIDTH = 5.5;
const TIMELINE = 4;
/** The timeline reaches at most this many years on either side of the plan year; longer periods are cut at its ends. */
const REACH = 6;
const BAR = "2E75B6";
const PLAN_YEAR = "F2F2F2";
const GOAL_BAND = "DEEBF7";
const OPEN = "→";

/**
 * The Tiltak for <år> sheet (chapter 7): one section per strategic goal, one
 * block per area with its objective and the table Hvem | Tjeneste | Hva skal
 * skje | Totalperiode, and beside it a timeline of years filled from Fra to Til
 * (open-ended to the last year, with an arrow), so that it prints as a roadmap.
 */
export function layoutRoadmapSheet(roadmap: Roadmap, lang: Lang): ReportSheet {
  const t = SHEET_TEXT[lang];
  const b = new SheetBuilder("roadmap", roadmapSheetName(roadmap.year, lang));
  const years = timelineYears(roadmap);
  const width = TIMELINE + years.length;
  b.row([t.roadmapTitle(roadmap.year)], TITLE);
  b.paragraph(t.roadmapLead(roadmap.year), width, SUBTITLE);
  b.freeze(2);
  for (const goal of roadmap.goals) {
    b.row();
    const heading = b.paragraph(t.goalHeading(goal.goal, goal.title), width, { bold: true, fontSize: 13 });
    b.style(heading, 1, heading, width, { fill: GOAL_BAND });
    if (goal.areas.length === 0) {
      b.row([t.noActivities(roadmap.year)], { italic: true });
    }
    for (const area of goal.areas) {
      areaBlock(b, area, { t, year: roadmap.year, years, width });
    }
  }
  b.widths([...TEXT_WIDTHS, ...years.map(() => YEAR_WIDTH)]);
  return b.build();
}

interface BlockContext {
  t: SheetText;
  year: number;
  years: number[];
  width: number;
}

function areaBlock(b: SheetBuilder, area: RoadmapArea, { t, year, years, width }: BlockContext): void {
  b.row();
  b.paragraph(area.title, width, { bold: true });
  if (area.objective) {
    b.paragraph(t.objective(area.objective), width, { italic: true });
  }
  const shared = sharedNote(area.rows);
  if (shared) {
    b.paragraph(t.areaNote(shared), width, NOTE);
  }
  const header = b.row([t.who, t.service, t.activity(year), t.totalPeriod, ...years.map(String)], HEADER);
  b.style(header, 1, header, width, { wrap: true });
  b.style(header, TIMELINE, header, width, { horizontal: "center" });
  for (const entry of area.rows) {
    const activity = shared || !entry.note ? entry.activity : [entry.activity, entry.note].filter(Boolean).join("\n");
    const r = b.row([entry.who, entry.service, activity, periodText(entry), ...timelineCells(entry, years)]);
    // Wrapped across the row, so that every cell of it is aligned to the top.
    b.style(r, 1, r, width, { ...BODY, wrap: true });
    b.style(r, TIMELINE, r, width, { horizontal: "center" });
    timelineStyles(b, r, entry, years, year);
  }
}

/** The years the timeline shows: every year a period of the plan year touches, the plan year itself included. */
function timelineYears(roadmap: Roadmap): number[] {
  let first = roadmap.year;
  let last = roadmap.year;
  for (const goal of roadmap.goals) {
    for (const area of goal.areas) {
      for (const e of area.rows) {
        if (e.from !== null) {
          first = Math.min(first, e.from);
          last = Math.max(last, e.to ?? e.from);
        }
      }
    }
  }
  first = Math.max(first, roadmap.year - REACH);
  last = Math.min(last, roadmap.year + REACH);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/** The whole period as the report writes it: "2021 – 2025", "2024 →", or one year. */
export function periodText(entry: Pick<RoadmapEntry, "from" | "to">): string | null {
  const { from, to } = entry;
  if (from === null) {
    return to === null ? null : `– ${to}`;
  }
  if (to === null) {
    return `${from} ${OPEN}`;
  }
  return from === to ? String(from) : `${from} – ${to}`;
}

/** The years of the timeline a period covers, clipped to it; an open-ended period runs to the last year. */
function coveredYears(entry: RoadmapEntry, years: readonly number[]): { first: number; last: number } | undefined {
  if (entry.from === null || years.length === 0) {
    return undefined;
  }
  const end = entry.to ?? years[years.length - 1];
  const first = Math.max(entry.from, years[0]);
  const last = Math.min(end, years[years.length - 1]);
  return first <= last ? { first, last } : undefined;
}

function timelineCells(entry: RoadmapEntry, years: readonly number[]): CellValue[] {
  const covered = coveredYears(entry, years);
  const runsOn = entry.from !== null && (entry.to === null || entry.to > years[years.length - 1]);
  return years.map((y, i) => (covered && runsOn && i === years.length - 1 && y <= covered.last ? OPEN : null));
}

function timelineStyles(b: SheetBuilder, row: number, entry: RoadmapEntry, years: readonly number[], planYear: number): void {
  const column = (year: number) => TIMELINE + 1 + years.indexOf(year);
  if (years.includes(planYear)) {
    b.style(row, column(planYear), row, column(planYear), { fill: PLAN_YEAR });
  }
  const covered = coveredYears(entry, years);
  if (covered) {
    b.style(row, column(covered.first), row, column(covered.last), { fill: BAR, fontColor: "FFFFFF", bold: true });
  }
}

/** The note every row of an area carries, shown once under its heading; undefined when the rows differ. */
function sharedNote(rows: readonly RoadmapEntry[]): string | undefined {
  const first = rows[0]?.note;
  return first && rows.every((r) => r.note === first) ? first : undefined;
}
