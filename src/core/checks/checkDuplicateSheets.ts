import type { Finding } from "../findings/finding";
import { REGISTER_FORMAT, type SheetKey } from "../register/format";
import { normalizeName } from "../sheet";
import type { CheckContext } from "./checkContext";

/**
 * A register sheet present twice, under its Norwegian and its English name
 * (Tiltak and Initiatives): only the first is read, and whoever filled in the
 * other would find their rows missing from the figures without a word.
 */
export function checkDuplicateSheets(ctx: CheckContext): Finding[] {
  const findings: Finding[] = [];
  for (const key of Object.keys(REGISTER_FORMAT) as SheetKey[]) {
    const used = ctx.sheets[key];
    if (!used) {
      continue;
    }
    const names = new Set([REGISTER_FORMAT[key].nb, REGISTER_FORMAT[key].en].map(normalizeName));
    for (const sheet of ctx.allSheets) {
      if (sheet !== used && names.has(normalizeName(sheet.name))) {
        findings.push({ type: "sheet/duplicate", severity: "warning", sheet: sheet.name, params: { used: used.name } });
      }
    }
  }
  return findings;
}
