import { layoutCouncil } from "../core/council/layoutCouncil";
import type { Finding } from "../core/findings/finding";
import type { Lang } from "../core/messages/catalogue";
import type { IsoDate } from "../core/register/dates";
import type { Period } from "../core/register/period";
import type { Summary } from "../core/summary/summary";
import type { WorkbookPort } from "../workbook/port";
import { readFigures } from "./readFigures";

export interface CouncilOptions {
  period?: Period;
  lang: Lang;
  /** The register's file name; a folder in front of it is left off the cover. */
  source: string;
  /** The day the export is made, shown on the cover. */
  made: IsoDate;
  /** The roadmap's plan year; the year after the period's when absent. */
  year?: number;
  /** The round's reporting deadline, over the register's Frist list. */
  deadline?: IsoDate;
}

export interface CouncilResult {
  summary: Summary;
  findings: Finding[];
  /** Names of the sheets written to the council workbook, in order. */
  sheets: string[];
}

/**
 * "Eksporter til rådet": reads the register, and writes the cover and the
 * report sheets (not the checks sheet) into `council`, which must be a new,
 * empty workbook, so nothing of the register comes along but the figures.
 */
export async function exportCouncil(register: WorkbookPort, council: WorkbookPort, options: CouncilOptions): Promise<CouncilResult> {
  const { summary, findings, context } = await readFigures(register, options.period, { year: options.year, deadline: options.deadline });
  const source = { name: options.source.split(/[\\/]/).pop() ?? "", made: options.made };
  const sheets = layoutCouncil(summary, findings, options.lang, source, context);
  await council.writeReportSheets(sheets, [], { mark: false });
  return { summary, findings, sheets: sheets.map((s) => s.name) };
}
