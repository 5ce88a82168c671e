import { normalizeName } from "../sheet";
import { REGISTER_FORMAT } from "./format";

/**
 * What a workbook is to the add-in. "template" (a filled report template)
 * arrives with the templates; until then such a workbook counts as "other".
 */
export type WorkbookKind = "register" | "template" | "other";

/**
 * Tells a register from any other workbook by its sheet names (nb or en).
 * One of Tiltak and Rapporter is enough: a register missing the other is
 * still a register, and the check says what is missing.
 */
export function detectWorkbookKind(sheets: ReadonlyArray<{ name: string }>): WorkbookKind {
  const { initiatives, reports } = REGISTER_FORMAT;
  const marks = new Set([initiatives.nb, initiatives.en, reports.nb, reports.en].map(normalizeName));
  return sheets.some((s) => marks.has(normalizeName(s.name))) ? "register" : "other";
}
