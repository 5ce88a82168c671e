import { isBlank } from "../cells";
import type { Finding } from "../findings/finding";
import { normalizeName } from "../sheet";
import type { CheckContext } from "./checkContext";
import { fieldFinding, isFieldBlank, rawCell } from "./fieldFinding";

/**
 * The Kodeverk sheet's own rows: a code without its list or a list without a
 * code is ignored by the reader, so it is reported here; a code listed twice is
 * a warning. (An unknown list name is found while reading.)
 */
export function checkCodeSheet(ctx: CheckContext): Finding[] {
  const sheet = ctx.sheets.codes;
  const layout = ctx.register.layouts.codes;
  if (!sheet || !layout || layout.columns.list === undefined || layout.columns.code === undefined) {
    return [];
  }
  const findings: Finding[] = [];
  const seen = new Map<string, number>();
  const lastRow = sheet.origin.row + sheet.values.length - 1;
  for (let row = layout.headerRow + 1; row <= lastRow; row++) {
    const line = sheet.values[row - sheet.origin.row];
    if (!line || line.every(isBlank)) {
      continue;
    }
    const noList = isFieldBlank(ctx, "codes", row, "list");
    const noCode = isFieldBlank(ctx, "codes", row, "code");
    if (noList && noCode) {
      findings.push(
        fieldFinding(ctx, "codes", row, "list", "row/missing-key", "error", {
          params: { keys: `${layout.headers.list} / ${layout.headers.code}` },
        }),
      );
    } else if (noList || noCode) {
      findings.push(fieldFinding(ctx, "codes", row, noList ? "list" : "code", "cell/required", "error"));
    } else {
      const key = `${normalizeName(String(rawCell(ctx, "codes", row, "list")))}\u0000${normalizeName(String(rawCell(ctx, "codes", row, "code")))}`;
      const first = seen.get(key);
      if (first === undefined) {
        seen.set(key, row);
      } else {
        findings.push(fieldFinding(ctx, "codes", row, "code", "row/duplicate-code", "warning", { params: { first } }));
      }
    }
  }
  return findings;
}
