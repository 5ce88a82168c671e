import { countBySeverity, type Finding } from "../core/findings/finding";
import type { Lang } from "../core/messages/catalogue";
import { findingMessage } from "../core/messages/messages";
import { CLI_TEXT } from "./cliText";

/**
 * Findings as readable text: a total line, then a heading per sheet with its
 * counts and one line per finding, errors before warnings, each in cell order.
 */
export function formatFindingsText(file: string, findings: readonly Finding[], lang: Lang, period?: string): string {
  const t = CLI_TEXT[lang];
  const total = countBySeverity(findings);
  const lines = [`${file}${period ? ` (${t.period} ${period})` : ""}: ${t.counts(total.errors, total.warnings)}`];
  if (findings.length === 0) {
    return [...lines, t.ok].join("\n");
  }
  const bySheet = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = f.sheet ?? t.workbook;
    bySheet.set(key, [...(bySheet.get(key) ?? []), f]);
  }
  const label = Math.max(t.error.length, t.warning.length) + 2;
  for (const [sheet, list] of bySheet) {
    const c = countBySeverity(list);
    lines.push("", `${sheet} (${t.counts(c.errors, c.warnings)})`);
    const where = list.map((f) => f.cell ?? (f.row ? `${t.row} ${f.row}` : ""));
    const width = Math.max(...where.map((w) => w.length)) + 2;
    const ordered = list.map((f, i) => ({ f, where: where[i] }));
    ordered.sort((a, b) => (a.f.severity === b.f.severity ? 0 : a.f.severity === "error" ? -1 : 1));
    for (const { f, where: w } of ordered) {
      // The column heads the line only when the finding is in one of its cells; sheet findings name it themselves.
      const column = f.cell && f.column ? `${f.column}: ` : "";
      lines.push(`  ${t[f.severity].padEnd(label)}${w.padEnd(width)}${column}${findingMessage(f, lang)}`);
    }
  }
  return lines.join("\n");
}

/** The findings JSON (docs/checks.md): valid, then errors and warnings, each with its message. */
export function findingsJson(findings: readonly Finding[], lang: Lang): object {
  const withMessage = (f: Finding) => ({ ...f, message: findingMessage(f, lang) });
  const errors = findings.filter((f) => f.severity === "error").map(withMessage);
  const warnings = findings.filter((f) => f.severity === "warning").map(withMessage);
  return { valid: errors.length === 0, errors, warnings };
}
