import type { Lang } from "../messages/catalogue";

/** Texts of the report sheets, one set per language. */
export const REPORT_TEXT: Record<Lang, {
  title: string;
  periodLine: (p: string | null, prev: string | null) => string;
  keyFigures: string; figure: string; value: string;
  active: string; new: string; completed: string; paused: string;
  bySegment: string; segment: string; count: string;
  id: string; name: string; owner: string; none: string;
  findingsTitle: string; severity: string; error: string; warning: string;
  sheet: string; cell: string; column: string; cellValue: string; message: string; noFindings: string;
  findingCounts: (errors: number, warnings: number) => string;
}> = {
  nb: {
    title: "Nasjonal e-helseportefølje",
    periodLine: (p, prev) => `Periode ${p ?? "–"}${prev ? `, sammenlignet med ${prev}` : ""}`,
    keyFigures: "Nøkkeltall", figure: "Nøkkeltall", value: "Antall",
    active: "Aktive tiltak", new: "Nye tiltak", completed: "Avsluttede tiltak", paused: "Tiltak på pause",
    bySegment: "Aktive tiltak fordelt på segment", segment: "Segment", count: "Antall",
    id: "ID", name: "Tiltak", owner: "Eier", none: "Ingen",
    findingsTitle: "Kontroll av registeret", severity: "Alvorlighet", error: "Feil", warning: "Advarsel",
    sheet: "Ark", cell: "Celle", column: "Kolonne", cellValue: "Verdi", message: "Melding", noFindings: "Ingen feil eller advarsler.",
    findingCounts: (e, w) => `${e} feil, ${w} advarsler`,
  },
  en: {
    title: "National e-health portfolio",
    periodLine: (p, prev) => `Period ${p ?? "–"}${prev ? `, compared with ${prev}` : ""}`,
    keyFigures: "Key figures", figure: "Key figure", value: "Count",
    active: "Active initiatives", new: "New initiatives", completed: "Completed initiatives", paused: "Paused initiatives",
    bySegment: "Active initiatives by segment", segment: "Segment", count: "Count",
    id: "ID", name: "Initiative", owner: "Owner", none: "None",
    findingsTitle: "Register checks", severity: "Severity", error: "Error", warning: "Warning",
    sheet: "Sheet", cell: "Cell", column: "Column", cellValue: "Value", message: "Message", noFindings: "No errors or warnings.",
    findingCounts: (e, w) => `${e} errors, ${w} warnings`,
  },
};
