import type { Finding } from "../findings/finding";
import { countBySeverity } from "../findings/finding";
import type { Lang } from "../messages/catalogue";
import { findingMessage } from "../messages/messages";
import { reportSheetName } from "./sheetNames";
import type { ReportSheet } from "./reportSheet";
import { FINDINGS_SHEET_TEXT } from "./findingsSheetText";
import { SheetBuilder } from "./sheetBuilder";
import { HEADER, SUBTITLE, TITLE } from "./styles";

const SEVERITY_FILL = { error: "F4CCCC", warning: "FFF2CC" } as const;

/** The Kontroll sheet: one row per finding, errors first, each linked to its cell. */
export function layoutFindingsSheet(findings: readonly Finding[], lang: Lang): ReportSheet {
  const t = FINDINGS_SHEET_TEXT[lang];
  const b = new SheetBuilder("findings", reportSheetName("findings", lang));
  const { errors, warnings } = countBySeverity(findings);
  b.row([t.title], TITLE);
  b.row([t.counts(errors, warnings)], SUBTITLE);
  const header = b.row([t.severity, t.sheet, t.cell, t.column, t.cellValue, t.message], HEADER);
  b.freeze(header);
  if (findings.length === 0) {
    b.row([t.noFindings]);
  }
  const ordered = [...findings.filter((f) => f.severity === "error"), ...findings.filter((f) => f.severity === "warning")];
  for (const f of ordered) {
    const r = b.row([
      f.severity === "error" ? t.error : t.warning,
      f.sheet ?? "",
      f.cell ?? (f.row ? String(f.row) : ""),
      f.column ?? "",
      f.value === undefined ? null : f.value,
      findingMessage(f, lang),
    ]);
    b.style(r, 1, r, 1, { fill: SEVERITY_FILL[f.severity], bold: true });
    b.style(r, 1, r, 6, { border: "thin", wrap: true });
    if (f.sheet && f.cell) {
      b.link(b.cell(r, 3), f.sheet, f.cell);
    }
  }
  b.widths([12, 18, 9, 20, 24, 80]);
  return b.build();
}
