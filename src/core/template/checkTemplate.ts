import { compareFindings, type Finding } from "../findings/finding";
import type { SheetData } from "../sheet";
import { readMarker } from "./markerSheet";
import { readTemplates } from "./readTemplates";
import type { TemplateRead } from "./templateAnswers";
import type { TemplateMarker } from "./templateDoc";

export interface TemplateCheck {
  templates: TemplateRead[];
  /** Every finding of every template in the workbook, in sheet, row, column order. */
  findings: Finding[];
  /** No errors: the office's import will take it. */
  valid: boolean;
}

/** The templates a workbook holds (by its marker), or undefined when it is no template. Reads nothing else. */
export function detectTemplate(sheets: readonly SheetData[]): TemplateMarker[] | undefined {
  const marker = readMarker(sheets);
  return marker && marker.templates.length > 0 ? marker.templates : undefined;
}

/** "Kontroller rapporten min": the checks a contact can run on a filled template before sending it. */
export function checkTemplate(sheets: readonly SheetData[]): TemplateCheck {
  const read = readTemplates(sheets);
  const findings = [...read.findings, ...read.templates.flatMap((t) => t.findings)].sort(compareFindings);
  return { templates: read.templates, findings, valid: !findings.some((f) => f.severity === "error") };
}
