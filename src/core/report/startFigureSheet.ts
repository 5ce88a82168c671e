import type { Lang } from "../messages/catalogue";
import type { Summary } from "../summary/summary";
import { SheetBuilder } from "./sheetBuilder";
import { reportSheetName, type ReportSheetKey } from "./sheetNames";
import { periodLabel, SHEET_TEXT } from "./sheetText";
import { SUBTITLE, TITLE } from "./styles";

/**
 * A figure sheet begun as each of them begins: its title, then the period
 * reported against the previous one, both kept in view when scrolling.
 */
export function startFigureSheet(
  key: ReportSheetKey,
  title: string,
  summary: Summary,
  lang: Lang,
): { b: SheetBuilder; name: string; now: string } {
  const name = reportSheetName(key, lang);
  const b = new SheetBuilder(key, name);
  const now = periodLabel(summary.period);
  b.row([title], TITLE);
  b.row([SHEET_TEXT[lang].periodLine(now, summary.previousPeriod ? periodLabel(summary.previousPeriod) : null)], SUBTITLE);
  b.freeze(2);
  return { b, name, now };
}
