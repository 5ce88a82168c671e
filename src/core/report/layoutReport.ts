import type { Finding } from "../findings/finding";
import type { Lang } from "../messages/catalogue";
import { DEFAULT_CODES, type CodeLists } from "../register/codes";
import type { Summary } from "../summary/summary";
import { layoutCostsSheet } from "./layoutCostsSheet";
import { layoutDependenciesSheet } from "./layoutDependenciesSheet";
import { layoutFindingsSheet } from "./layoutFindingsSheet";
import { layoutGoalsSheet } from "./layoutGoalsSheet";
import { layoutHistorySheet } from "./layoutHistorySheet";
import { layoutStatusSheet } from "./layoutStatusSheet";
import { layoutSummarySheet } from "./layoutSummarySheet";
import type { ReportSheet } from "./reportSheet";
import { layoutRoadmapSheet } from "./layoutRoadmapSheet";
import { layoutTopicsSheet } from "./layoutTopicsSheet";
import type { Initiative } from "../register/model";

export interface ReportContext {
  /** The summary of the previous period, for the key figures' second column. */
  previous?: Summary;
  /** The register's code lists, for the goals' descriptions. */
  codes?: CodeLists;
  /** The register's initiatives by ID: the names topics refer to, the texts of new and completed ones. */
  initiatives?: ReadonlyMap<string, Initiative>;
  /** Whether the register has a Temaer sheet; without one the Aktuelle tema sheet is left out. */
  hasTopics?: boolean;
  /** False leaves the contacts' e-mail addresses off the round on Oppsummering (the council's copy). */
  withContacts?: boolean;
}

/**
 * All report sheets for a summary, in the order of the report's chapters:
 * Aktuelle tema only when the register has a Temaer sheet, Tiltak for <år>
 * only when it has a Veikart sheet.
 */
export function layoutReport(summary: Summary, findings: readonly Finding[], lang: Lang, context: ReportContext = {}): ReportSheet[] {
  const codes = context.codes ?? DEFAULT_CODES;
  const initiatives = context.initiatives ?? new Map<string, Initiative>();
  return [
    layoutSummarySheet(summary, lang, context.previous, initiatives, context.withContacts ?? true),
    layoutStatusSheet(summary, "status", lang),
    layoutStatusSheet(summary, "risk", lang),
    layoutHistorySheet(
      summary,
      lang,
      codes.Segment.map((c) => c.code),
    ),
    layoutDependenciesSheet(summary, lang),
    layoutGoalsSheet(summary, lang, { strategic: codes["Strategisk mål"], sustainability: codes.Bærekraftsmål }),
    ...(context.hasTopics ? [layoutTopicsSheet(summary, lang, (id) => initiatives.get(id)?.name)] : []),
    layoutCostsSheet(summary, lang),
    ...(summary.roadmap ? [layoutRoadmapSheet(summary.roadmap, lang)] : []),
    layoutFindingsSheet(findings, lang),
  ];
}
