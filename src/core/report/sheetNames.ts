import type { Lang } from "../messages/catalogue";

/** Report sheet names per language (docs/contracts.md, "Report workbook"). */
export const REPORT_SHEET_NAMES = {
  summary: { nb: "Oppsummering", en: "Summary" },
  status: { nb: "Status", en: "Status" },
  risk: { nb: "Risiko", en: "Risk" },
  dependencies: { nb: "Avhengigheter rapport", en: "Dependencies report" },
  goals: { nb: "Mål og bærekraft", en: "Goals and sustainability" },
  costs: { nb: "Driftskostnader tabell", en: "Operating costs table" },
  findings: { nb: "Kontroll", en: "Checks" },
} as const satisfies Record<string, Record<Lang, string>>;

export type ReportSheetKey = keyof typeof REPORT_SHEET_NAMES;

export function reportSheetName(key: ReportSheetKey, lang: Lang): string {
  return REPORT_SHEET_NAMES[key][lang];
}

/** Every report sheet name in both languages: what a rerun replaces. */
export function allReportSheetNames(): string[] {
  return Object.values(REPORT_SHEET_NAMES).flatMap((n) => [n.nb, n.en]);
}
