import type { Finding } from "../../core/findings/finding";
import type { CheckSummary, FindingGroup } from "./jobs";

/** More than this per sheet is a systematic problem; the Kontroll sheet of the report lists them all. */
export const SHOWN_PER_SHEET = 100;

/**
 * Findings counted and grouped by sheet, sheets with errors first, errors
 * before warnings within a sheet; each group keeps the first SHOWN_PER_SHEET,
 * so that what crosses to the page stays small however broken the register.
 */
export function summarizeCheck(findings: readonly Finding[]): CheckSummary {
  const groups = new Map<string, FindingGroup & { rest: Finding[] }>();
  let errors = 0;
  for (const f of findings) {
    const key = f.sheet ?? "";
    let group = groups.get(key);
    if (!group) {
      group = { sheet: f.sheet, errors: 0, warnings: 0, findings: [], rest: [] };
      groups.set(key, group);
    }
    if (f.severity === "error") {
      group.errors++;
      errors++;
      group.findings.push(f);
    } else {
      group.warnings++;
      group.rest.push(f);
    }
  }
  const list: FindingGroup[] = [...groups.values()].map(({ rest, ...g }) => ({
    ...g,
    findings: [...g.findings, ...rest].slice(0, SHOWN_PER_SHEET),
  }));
  return {
    errors,
    warnings: findings.length - errors,
    groups: [...list.filter((g) => g.errors > 0), ...list.filter((g) => g.errors === 0)],
  };
}
