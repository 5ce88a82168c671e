import type { Finding } from "../findings/finding";
import type { Lang } from "../messages/catalogue";
import type { IsoDate } from "../register/dates";
import { layoutReport, type ReportContext } from "../report/layoutReport";
import type { ReportSheet } from "../report/reportSheet";
import type { Summary } from "../summary/summary";
import { layoutCoverSheet } from "./layoutCoverSheet";

// The checks sheet lists register cell values and links into register sheets the council never gets;
// the round's contacts are the office's to chase, not the council's to read.
const LEFT_OUT = new Set(["findings"]);

/**
 * The council workbook's sheets: a cover, then every report sheet except the
 * checks sheet. Links that would point outside these sheets are dropped.
 */
export function layoutCouncil(
  summary: Summary,
  findings: readonly Finding[],
  lang: Lang,
  source: { name: string; made: IsoDate },
  context: ReportContext = {},
): ReportSheet[] {
  const report = layoutReport(summary, findings, lang, { ...context, withContacts: false }).filter((s) => !LEFT_OUT.has(s.key));
  const cover = layoutCoverSheet(
    {
      period: summary.period,
      previousPeriod: summary.previousPeriod,
      made: source.made,
      source: source.name,
      contents: report.map((s) => s.name),
    },
    lang,
  );
  const sheets = [cover, ...report];
  const names = new Set(sheets.map((s) => s.name));
  return sheets.map((s) => ({ ...s, links: s.links.filter((l) => names.has(l.sheet)) }));
}
