import { cellText, isBlank } from "../cells";
import type { Finding } from "../findings/finding";
import { codeListNamed, type CodeListName } from "../register/codes";
import { FIGURE_CODES } from "../register/meanings";
import type { CheckContext } from "./checkContext";
import { fieldFinding, rawCell } from "./fieldFinding";

/**
 * A Kodeverk list that replaces a built-in one but lacks a code the report
 * counts by (Aktiv, Rød, Samstyring, …): the figures would quietly show zero.
 * A warning at the list's first row, once per missing code.
 */
export function checkCodeLists(ctx: CheckContext): Finding[] {
  const sheet = ctx.sheets.codes;
  const layout = ctx.register.layouts.codes;
  if (!sheet || !layout || layout.columns.list === undefined) {
    return [];
  }
  const firstRow = new Map<CodeListName, number>();
  const lastRow = sheet.origin.row + sheet.values.length - 1;
  for (let row = layout.headerRow + 1; row <= lastRow; row++) {
    const value = rawCell(ctx, "codes", row, "list");
    if (isBlank(value) || isBlank(rawCell(ctx, "codes", row, "code"))) {
      continue;
    }
    const list = codeListNamed(cellText(value));
    if (list && !firstRow.has(list)) {
      firstRow.set(list, row);
    }
  }
  const findings: Finding[] = [];
  for (const [list, row] of firstRow) {
    const present = new Set(ctx.register.codes[list].map((c) => c.code));
    for (const code of FIGURE_CODES[list] ?? []) {
      if (!present.has(code)) {
        findings.push(fieldFinding(ctx, "codes", row, "list", "sheet/code-missing", "warning", { params: { list, code } }));
      }
    }
  }
  return findings;
}
