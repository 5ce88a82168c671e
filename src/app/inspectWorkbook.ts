import { checkRegister, type CheckOptions, type CheckResult } from "../core/checks/checkRegister";
import { detectWorkbookKind, type WorkbookKind } from "../core/register/detectWorkbookKind";
import { detectTemplate } from "../core/template/checkTemplate";
import type { TemplateMarker } from "../core/template/templateDoc";
import type { WorkbookPort } from "../workbook/port";

export interface WorkbookInspection {
  kind: WorkbookKind;
  /** The register and every problem in it, when the workbook is one. */
  check?: CheckResult;
  /** What a filled template is for (initiative, period), when the workbook is one. */
  templates?: TemplateMarker[];
}

/** What the open workbook is and, for a register, its contents and findings: one read. */
export async function inspectWorkbook(port: WorkbookPort, options: CheckOptions = {}): Promise<WorkbookInspection> {
  const sheets = await port.readSheets();
  const kind = detectWorkbookKind(sheets);
  if (kind === "register") {
    return { kind, check: checkRegister(sheets, options) };
  }
  if (kind === "template") {
    return { kind, templates: detectTemplate(sheets) };
  }
  return { kind };
}
