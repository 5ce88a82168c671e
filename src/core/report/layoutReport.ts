import type { Finding } from "../findings/finding";
import type { Lang } from "../messages/catalogue";
import { DEFAULT_CODES, type CodeLists } from "../register/codes";
import type { Summary } from "../summary/summary";
import { layoutCostsSheet } from "./layoutCostsSheet";
import { layoutDependenciesSheet } from "./layoutDependenciesSheet";
import { layoutFindingsSheet } from "./layoutFindingsSheet";
import { layoutGoalsSheet } from "./layoutGoalsSheet";
import { layoutStatusSheet } from "./layoutStatusSheet";
import { layoutSummarySheet } from "./layoutSummarySheet";
import type { ReportSheet } from "./reportSheet";

export interface ReportContext {
  /** The summary of the previous period, for the key figures' second column. */
  previous?: Summary;
  /** The register's code lists, for the goals' descriptions. */
  codes?: CodeLists;
}

/** All report sheets for a summary, in the order they appear in the workbook. */
export function layoutReport(summary: Summary, findings: readonly Finding[], lang: Lang, context: ReportContext = {}): ReportSheet[] {
  const codes = context.codes ?? DEFAULT_CODES;
  return [
    layoutSummarySheet(summary, lang, context.previous),
    layoutStatusSheet(summary, "status", lang),
    layoutStatusSheet(summary, "risk", lang),
    layoutDependenciesSheet(summary, lang),
    layoutGoalsSheet(summary, lang, { strategic: codes["Strategisk mål"], sustainability: codes.Bærekraftsmål }),
    layoutCostsSheet(summary, lang),
    layoutFindingsSheet(findings, lang),
  ];
}
