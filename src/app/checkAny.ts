import { checkRegister, type CheckOptions } from "../core/checks/checkRegister";
import type { Finding } from "../core/findings/finding";
import { detectWorkbookKind } from "../core/register/detectWorkbookKind";
import type { Period } from "../core/register/period";
import { checkTemplate, detectTemplate } from "../core/template/checkTemplate";
import type { TemplateMarker } from "../core/template/templateDoc";
import type { WorkbookPort } from "../workbook/port";

export type CheckAnyResult =
  | { kind: "register"; findings: Finding[]; period?: Period }
  | { kind: "template"; findings: Finding[]; period?: Period; templates: TemplateMarker[] };

/**
 * `check` on whatever workbook it is given: a filled report template gets the
 * checks the office's import applies ("Kontroller rapporten min"); anything
 * else is checked as a register, which says what a register lacks.
 */
export async function checkAny(port: WorkbookPort, options: CheckOptions = {}): Promise<CheckAnyResult> {
  const sheets = await port.readSheets();
  const templates = detectWorkbookKind(sheets) === "template" ? detectTemplate(sheets) : undefined;
  if (templates) {
    return { kind: "template", findings: checkTemplate(sheets).findings, period: templates[0].period, templates };
  }
  const { findings, period } = checkRegister(sheets, options);
  return { kind: "register", findings, period };
}
