import type { Catalogue } from "../messages/catalogue";

/** Texts of the Kontroll sheet. */
export interface FindingsSheetText {
  title: string;
  severity: string;
  error: string;
  warning: string;
  sheet: string;
  cell: string;
  column: string;
  cellValue: string;
  message: string;
  noFindings: string;
  counts: (errors: number, warnings: number) => string;
}

/** The Kontroll sheet's texts, one set per language. */
export const FINDINGS_SHEET_TEXT: Catalogue<FindingsSheetText> = {
  nb: {
    title: "Kontroll av registeret",
    severity: "Alvorlighet",
    error: "Feil",
    warning: "Advarsel",
    sheet: "Ark",
    cell: "Celle",
    column: "Kolonne",
    cellValue: "Verdi",
    message: "Melding",
    noFindings: "Ingen feil eller advarsler.",
    counts: (e, w) => `${e} feil, ${w} advarsler`,
  },
  en: {
    title: "Register checks",
    severity: "Severity",
    error: "Error",
    warning: "Warning",
    sheet: "Sheet",
    cell: "Cell",
    column: "Column",
    cellValue: "Value",
    message: "Message",
    noFindings: "No errors or warnings.",
    counts: (e, w) => `${e} errors, ${w} warnings`,
  },
};
