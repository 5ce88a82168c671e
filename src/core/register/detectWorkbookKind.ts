import { normalizeName, type SheetData } from "../sheet";
import { detectTemplate } from "../template/checkTemplate";
import { REGISTER_FORMAT } from "./format";

/** What a workbook is to the add-in: a register, a filled report template, or neither. */
export type WorkbookKind = "register" | "template" | "other";

/**
 * Tells a register from a report template and from any other workbook. A
 * register is known by its sheet names (nb or en); one of Tiltak and
 * Rapporter is enough, and the check says what is missing. A template is
 * known by its marker; a register that holds template sheets (made "as sheets
 * in the register") stays a register.
 */
export function detectWorkbookKind(sheets: readonly SheetData[]): WorkbookKind {
  const { initiatives, reports } = REGISTER_FORMAT;
  const marks = new Set([initiatives.nb, initiatives.en, reports.nb, reports.en].map(normalizeName));
  if (sheets.some((s) => marks.has(normalizeName(s.name)))) {
    return "register";
  }
  return detectTemplate(sheets) ? "template" : "other";
}
