import type { Catalogue } from "../messages/catalogue";

/** Texts of the council workbook's cover sheet. */
export interface CoverText {
  sheetName: string;
  title: string;
  subtitle: string;
  period: string;
  previousPeriod: string;
  made: string;
  source: string;
  none: string;
  contents: string;
  scope: string;
}

/** The cover sheet's texts, one set per language. */
export const COVER_TEXT: Catalogue<CoverText> = {
  nb: {
    sheetName: "Forside",
    title: "Nasjonal e-helseportefølje",
    subtitle: "Statusrapport til NUIT",
    period: "Periode",
    previousPeriod: "Forrige periode",
    made: "Laget",
    source: "Kilde",
    none: "–",
    contents: "Innhold",
    scope: "Arbeidsboken inneholder bare rapportarkenes tall og tekst: ikke registeret, kontaktadresser eller kontrollarket.",
  },
  en: {
    sheetName: "Cover",
    title: "National e-health portfolio",
    subtitle: "Status report to the council (NUIT)",
    period: "Period",
    previousPeriod: "Previous period",
    made: "Made",
    source: "Source",
    none: "–",
    contents: "Contents",
    scope: "This workbook holds only the figures and text of the report sheets: not the register, contact addresses or the checks sheet.",
  },
};
