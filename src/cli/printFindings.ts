import { countBySeverity, type Finding } from "../core/findings/finding";
import type { Lang } from "../core/messages/catalogue";
import { findingMessage } from "../core/messages/messages";

const TEXT = {
  nb: { error: "FEIL", warning: "ADVARSEL", counts: (e: number, w: number) => `${e} feil, ${w} advarsler`, workbook: "Arbeidsboken", ok: "Ingen feil eller advarsler." },
  en: { error: "ERROR", warning: "WARNING", counts: (e: number, w: number) => `${e} errors, ${w} warnings`, workbook: "Workbook", ok: "No errors or warnings." },
};

/** Findings as readable text: a heading per sheet with its counts, then one line each. */
export function formatFindingsText(file: string, findings: readonly Finding[], lang: Lang): string {
  const t = TEXT[lang];
  const total = countBySeverity(findings);
  const lines = [`${file}: ${t.counts(total.errors, total.warnings)}`];
  if (findings.length === 0) return [...lines, t.ok].join("\n");
  const bySheet = new Map<string, Finding[]>();
  for (const f of findings) {
    const key = f.sheet ?? t.workbook;
    bySheet.set(key, [...(bySheet.get(key) ?? []), f]);
  }
  for (const [sheet, list] of bySheet) {
    const c = countBySeverity(list);
    lines.push("", `${sheet} (${t.counts(c.errors, c.warnings)})`);
    const ordered = [...list.filter((f) => f.severity === "error"), ...list.filter((f) => f.severity === "warning")];
    for (const f of ordered) {
      const where = f.cell ?? (f.row ? `${lang === "nb" ? "rad" : "row"} ${f.row}` : "");
      lines.push(`  ${t[f.severity].padEnd(9)}${where.padEnd(7)}${f.column ? `${f.column}: ` : ""}${findingMessage(f, lang)}`);
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
