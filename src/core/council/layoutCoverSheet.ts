import type { Lang } from "../messages/catalogue";
import type { IsoDate } from "../register/dates";
import type { Period } from "../register/period";
import type { ReportSheet } from "../report/reportSheet";
import { SheetBuilder } from "../report/sheetBuilder";
import { HEADING, SUBTITLE, TITLE } from "../report/styles";
import { COVER_TEXT } from "./coverText";

export interface CoverFacts {
  period: Period | null;
  previousPeriod: Period | null;
  /** The day the council workbook was made. */
  made: IsoDate;
  /** The register's file name, without its folder. */
  source: string;
  /** Names of the sheets after the cover, in order. */
  contents: readonly string[];
}

const LABEL = { bold: true } as const;

/** The council workbook's first sheet: what it is, for which period, made when and from what. */
export function layoutCoverSheet(facts: CoverFacts, lang: Lang): ReportSheet {
  const t = COVER_TEXT[lang];
  const b = new SheetBuilder("cover", t.sheetName);
  b.row([t.title], TITLE);
  b.row([t.subtitle], SUBTITLE);
  b.row();
  const first = b.row([t.period, facts.period ?? t.none]);
  b.row([t.previousPeriod, facts.previousPeriod ?? t.none]);
  const made = b.row([t.made, new Date(`${facts.made}T00:00:00Z`)]);
  b.style(made, 2, made, 2, { numFmt: "dd.mm.yyyy", horizontal: "left" });
  const source = b.row([t.source, facts.source]);
  b.style(first, 1, source, 1, LABEL);
  b.row();
  b.row([t.contents], HEADING);
  for (const name of facts.contents) {
    b.row([name]);
  }
  b.row();
  b.row([t.scope], SUBTITLE);
  b.widths([22, 60]);
  const sheet = b.build();
  sheet.print = { landscape: false, fitToWidth: true };
  return sheet;
}
