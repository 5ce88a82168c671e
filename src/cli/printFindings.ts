import { countBySeverity, type Finding } from "../core/findings/finding";
import type { Lang } from "../core/messages/catalogue";
import { findingMessage } from "../core/messages/messages";

const TEXT = {
  nb: {
    error: "FEIL", warning: "ADVARSEL", row: "rad", period: "periode", workbook: "Arbeidsboken",
    counts: (e: number, w: number) => `${e} feil, ${w} ${w === 1 ? "advarsel" : "advarsler"}`,
    ok: "Ingen feil eller advarsler.",
  },
  en: {
    error: "ERROR", warning: "WARNING", row: "row", period: "period", workbook: "Workbook",
    counts: (e: number, w: number) => `${e} ${e === 1 ? "error" : "errors"}, ${w} ${w === 1 ? "warning" : "warnings"}`,
    ok: "No errors or warnings.",
  },
};

/**
 * Findings as readable text: a total line, then a heading per sheet with its
 * counts and one line per finding, errors before warnings, each in cell order.
 */
export function formatFindingsText(file: string, findings: readonly Finding[], lang: Lang, period?: string): string {
  const t = TEXT[lang];
  const total = countBySeverity(findings);
  const lines = [`${file}${period ? ` (${t.period} ${period})` : ""}: ${t.counts(total.errors, total.warnings)}`];
  if (findings.length === 0) return [...lines, t.ok].join("\n");
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

/** The findings JSON of docs/contracts.md. */
export function findingsJson(findings: readonly Finding[], lang: Lang): object {
  const withMessage = (f: Finding) => ({ ...f, message: findingMessage(f, lang) });
  const errors = findings.filter((f) => f.severity === "error").map(withMessage);
  const warnings = findings.filter((f) => f.severity === "warning").map(withMessage);
  return { valid: errors.length === 0, errors, warnings };
}
