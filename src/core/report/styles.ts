import type { CellStyle } from "./reportSheet";

/** Traffic-light fills as in the portfolio report, with text dark enough to read on them. */
export const RAG_FILL: Record<string, string> = {
  Grønn: "63BE7B",
  Gul: "FFD966",
  Rød: "E06666",
  Grå: "BFBFBF",
};

export const TITLE: CellStyle = { bold: true, fontSize: 16 };
export const SUBTITLE: CellStyle = { italic: true, fontColor: "595959" };
export const HEADING: CellStyle = { bold: true, fontSize: 12 };
export const HEADER: CellStyle = { bold: true, fill: "1F4E79", fontColor: "FFFFFF", border: "thin" };
export const BODY: CellStyle = { border: "thin" };
export const TOTAL: CellStyle = { bold: true, border: "top" };
/** One decimal, negative with minus; shown with a decimal comma by a Norwegian Excel. */
export const MNOK_FORMAT = "#,##0.0;-#,##0.0";
export const NOTE: CellStyle = { italic: true, fontColor: "595959", wrap: false };
/** Counts in a table: centred, framed. */
export const COUNT: CellStyle = { border: "thin", horizontal: "center" };
/** Covered internally: shown in parentheses, as chapter 5 of the report does. */
export const INTERNAL_FORMAT = "(#,##0.0);(-#,##0.0)";
/** Dates as the report writes them. */
export const DATE_FORMAT = "dd.mm.yyyy";
/** Slices of the segment pie (Figur 1) and bars of one-series charts: the report's blues. */
export const SERIES_COLORS = ["1F4E79", "2E75B6", "9DC3E6", "BDD7EE", "DEEBF7", "8FAADC", "203864"];

/** The traffic-light look of a status code (fill and readable text), or nothing for other codes. */
export function ragStyle(code: string): CellStyle {
  const fill = RAG_FILL[code];
  return fill ? { fill, fontColor: "000000", bold: true } : {};
}
