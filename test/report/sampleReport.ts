import { join } from "node:path";
import { parseRange, type CellRange, type CellValue } from "../../src/core/cells";
import { readFigures } from "../../src/app/readFigures";
import type { Lang } from "../../src/core/messages/catalogue";
import { layoutReport } from "../../src/core/report/layoutReport";
import type { ReportSheet } from "../../src/core/report/reportSheet";
import type { Summary } from "../../src/core/summary/summary";
import { FileWorkbook } from "../../src/host/file/fileWorkbook";
import { readInputFile } from "../../src/host/file/nodeFiles";

export const SAMPLE = join(__dirname, "..", "..", "assets", "sample-portfolio.xlsx");

/** The report sheets of the sample in Norwegian, in the contract's order: one list for every test that names them. */
export const SAMPLE_REPORT_NB = [
  "Oppsummering",
  "Status",
  "Risiko",
  "Historikk",
  "Avhengigheter rapport",
  "Mål og bærekraft",
  "Aktuelle tema",
  "Driftskostnader tabell",
  "Tiltak for 2024",
  "Kontroll",
];

/** The sample register's summary and report sheets, laid out in one language, as "Bygg rapport" reads them. */
export async function sampleReport(lang: Lang): Promise<{ summary: Summary; sheets: ReportSheet[] }> {
  const port = await FileWorkbook.open(readInputFile(SAMPLE), SAMPLE);
  const { summary, findings, context } = await readFigures(port);
  return { summary, sheets: layoutReport(summary, findings, lang, context) };
}

/** The values of a range (or an A1 address, "B5:C8" or "B5") on a laid-out sheet, row by row. */
export function valuesAt(sheet: ReportSheet, at: CellRange | string): CellValue[] {
  const range = typeof at === "string" ? parseRange(at) : at;
  const out: CellValue[] = [];
  for (let r = range.row1; r <= range.row2; r++) {
    for (let c = range.col1; c <= range.col2; c++) {
      out.push(sheet.values[r - 1]?.[c - 1] ?? null);
    }
  }
  return out;
}

/** The sheet with this key (summary, status, risk, dependencies, goals, costs, findings). */
export function sheetOf(sheets: ReportSheet[], key: string): ReportSheet {
  const sheet = sheets.find((s) => s.key === key);
  if (!sheet) {
    throw new Error(`no report sheet ${key}`);
  }
  return sheet;
}
