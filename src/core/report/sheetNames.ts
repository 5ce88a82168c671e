import { LANGS, type Catalogue, type Lang } from "../messages/catalogue";

/** The report's sheets, in the order they are written. */
export type ReportSheetKey = "summary" | "status" | "risk" | "dependencies" | "goals" | "costs" | "findings";

/** Report sheet names per language (docs/report.md). */
export const REPORT_SHEET_NAMES: Catalogue<{ readonly [K in ReportSheetKey]: string }> = {
  nb: {
    summary: "Oppsummering",
    status: "Status",
    risk: "Risiko",
    dependencies: "Avhengigheter rapport",
    goals: "Mål og bærekraft",
    costs: "Driftskostnader tabell",
    findings: "Kontroll",
  },
  en: {
    summary: "Summary",
    status: "Status",
    risk: "Risk",
    dependencies: "Dependencies report",
    goals: "Goals and sustainability",
    costs: "Operating costs table",
    findings: "Checks",
  },
};

/** A report sheet's name in a language. */
export function reportSheetName(key: ReportSheetKey, lang: Lang): string {
  return REPORT_SHEET_NAMES[lang][key];
}

/** Every report sheet name in both languages: what a rerun replaces. */
export function allReportSheetNames(): string[] {
  const keys = Object.keys(REPORT_SHEET_NAMES.nb) as ReportSheetKey[];
  return keys.flatMap((key) => LANGS.map((lang) => REPORT_SHEET_NAMES[lang][key]));
}
