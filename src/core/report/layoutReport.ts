import type { Finding } from "../findings/finding";
import type { Lang } from "../messages/catalogue";
import type { Summary } from "../summary/summary";
import { layoutFindingsSheet } from "./layoutFindingsSheet";
import { layoutSummarySheet } from "./layoutSummarySheet";
import type { ReportSheet } from "./reportSheet";

/** All report sheets for a summary, in the order they appear in the workbook. */
export function layoutReport(summary: Summary, findings: readonly Finding[], lang: Lang): ReportSheet[] {
  return [layoutSummarySheet(summary, lang), layoutFindingsSheet(findings, lang)];
}
