import type { Lang } from "../messages/catalogue";

/** Texts of the Kontroll sheet, one set per language. */
export const FINDINGS_SHEET_TEXT: Record<Lang, {
  title: string; severity: string; error: string; warning: string;
  sheet: string; cell: string; column: string; cellValue: string; message: string; noFindings: string;
  counts: (errors: number, warnings: number) => string;
}> = {
  nb: {
    title: "Kontroll av registeret", severity: "Alvorlighet", error: "Feil", warning: "Advarsel",
    sheet: "Ark", cell: "Celle", column: "Kolonne", cellValue: "Verdi", message: "Melding", noFindings: "Ingen feil eller advarsler.",
    counts: (e, w) => `${e} feil, ${w} advarsler`,
  },
  en: {
    title: "Register checks", severity: "Severity", error: "Error", warning: "Warning",
    sheet: "Sheet", cell: "Cell", column: "Column", cellValue: "Value", message: "Message", noFindings: "No errors or warnings.",
    counts: (e, w) => `${e} errors, ${w} warnings`,
  },
};
