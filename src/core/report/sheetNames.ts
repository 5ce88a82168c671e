import { LANGS, type Catalogue, type Lang } from "../messages/catalogue";

/** The report's sheets, in the order they are written. */
export type ReportSheetKey = "summary" | "status" | "risk" | "history" | "dependencies" | "goals" | "topics" | "costs" | "findings";

/** Report sheet names per language (docs/report.md). */
export const REPORT_SHEET_NAMES: Catalogue<{ readonly [K in ReportSheetKey]: string }> = {
  nb: {
    summary: "Oppsummering",
    status: "Status",
    risk: "Risiko",
    history: "Historikk",
    dependencies: "Avhengigheter rapport",
    goals: "Mål og bærekraft",
    topics: "Aktuelle tema",
    costs: "Driftskostnader tabell",
    findings: "Kontroll",
  },
  en: {
    summary: "Summary",
    status: "Status",
    risk: "Risk",
    history: "Status history",
    dependencies: "Dependencies report",
    goals: "Goals and sustainability",
    topics: "Current topics",
    costs: "Operating costs table",
    findings: "Checks",
  },
};

/** A report sheet's name in a language. */
export function reportSheetName(key: ReportSheetKey, lang: Lang): string {
  return REPORT_SHEET_NAMES[lang][key];
}

/** The roadmap sheet's name in a language: "Tiltak for 2024", after the chapter of the May 2023 report. */
export function roadmapSheetName(year: number, lang: Lang): string {
  return `${ROADMAP_SHEET_PREFIX[lang]} ${year}`;
}

const ROADMAP_SHEET_PREFIX: Catalogue<string> = { nb: "Tiltak for", en: "Initiatives for" };

// The plan years a Veikart row may name (its År is a year 2000–2100): a rerun for another year replaces the roadmap sheet too.
const FIRST_PLAN_YEAR = 2000;
const LAST_PLAN_YEAR = 2100;

/** Every report sheet name in both languages, the roadmap sheet of every plan year included: what a rerun replaces. */
export function allReportSheetNames(): string[] {
  const keys = Object.keys(REPORT_SHEET_NAMES.nb) as ReportSheetKey[];
  const fixed = keys.flatMap((key) => LANGS.map((lang) => REPORT_SHEET_NAMES[lang][key]));
  const roadmaps: string[] = [];
  for (let year = FIRST_PLAN_YEAR; year <= LAST_PLAN_YEAR; year++) {
    for (const lang of LANGS) {
      roadmaps.push(roadmapSheetName(year, lang));
    }
  }
  return [...fixed, ...roadmaps];
}
