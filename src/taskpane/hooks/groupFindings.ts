import type { Finding } from "../../core/findings/finding";

export interface FindingGroup {
  /** The sheet the findings are on; undefined for findings about the whole workbook. */
  sheet?: string;
  errors: number;
  warnings: number;
  /** Errors first, then warnings, each in the order the check gave them (row, column). */
  findings: Finding[];
}

/** Findings by sheet, sheets with errors before sheets with only warnings. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const f of findings) {
    const key = f.sheet ?? "";
    let group = groups.get(key);
    if (!group) {
      group = { sheet: f.sheet, errors: 0, warnings: 0, findings: [] };
      groups.set(key, group);
    }
    group.findings.push(f);
    if (f.severity === "error") group.errors++;
    else group.warnings++;
  }
  const list = [...groups.values()];
  for (const g of list) g.findings = [...g.findings.filter(isError), ...g.findings.filter((f) => !isError(f))];
  return [...list.filter((g) => g.errors > 0), ...list.filter((g) => g.errors === 0)];
}

function isError(f: Finding): boolean {
  return f.severity === "error";
}
