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
