import type { Lang } from "../messages/catalogue";
import type { Summary } from "../summary/summary";
import { reportSheetName } from "./sheetNames";
import type { ReportSheet } from "./reportSheet";
import { SheetBuilder } from "./sheetBuilder";
import { BODY, HEADER, HEADING, SUBTITLE, TITLE } from "./styles";
import { REPORT_TEXT } from "./reportText";

/** The Oppsummering sheet: key figures for the period against the previous one. */
export function layoutSummarySheet(summary: Summary, lang: Lang): ReportSheet {
  const t = REPORT_TEXT[lang];
  const b = new SheetBuilder("summary", reportSheetName("summary", lang));
  b.row([t.title], TITLE);
  b.row([t.periodLine(summary.period, summary.previousPeriod)], SUBTITLE);
  b.row();
  b.row([t.keyFigures], HEADING);
  b.row([t.figure, t.value], HEADER);
  const first = b.row([t.active, summary.initiatives.active]);
  b.row([t.new, summary.initiatives.new.length]);
  b.row([t.completed, summary.initiatives.completed.length]);
  const last = b.row([t.paused, summary.initiatives.paused.length]);
  b.style(first, 1, last, 2, BODY);
  b.row();
  b.row([t.bySegment], HEADING);
  b.row([t.segment, t.count], HEADER);
  const segments = Object.entries(summary.initiatives.bySegment);
  const s1 = b.nextRow;
  for (const [segment, n] of segments) b.row([segment, n]);
  if (segments.length > 0) b.style(s1, 1, b.nextRow - 1, 2, BODY);
  for (const [title, list] of [[t.new, summary.initiatives.new], [t.completed, summary.initiatives.completed], [t.paused, summary.initiatives.paused]] as const) {
    b.row();
    b.row([title], HEADING);
    b.row([t.id, t.name, t.owner], HEADER);
    if (list.length === 0) b.row([t.none]);
    const l1 = b.nextRow;
    for (const i of list) b.row([i.id, i.name, i.owner]);
    if (list.length > 0) b.style(l1, 1, b.nextRow - 1, 3, BODY);
  }
  b.widths([34, 34, 30]);
  return b.build();
}
