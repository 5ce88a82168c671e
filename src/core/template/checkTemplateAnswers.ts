import { a1, type A1 } from "../cells";
import type { Finding } from "../findings/finding";
import { periodEnd } from "../register/period";
import { DEPENDENCY_FIELDS, type DependencyField, type InputField, type TemplateLayout } from "./layoutTemplate";
import type { TemplateAnswers, TemplateDependency } from "./templateAnswers";
import type { TemplateMarker } from "./templateDoc";
import { BUDGET_SEGMENT, NEEDS_REASON, RISK_SEGMENTS } from "./templateFormat";
import { TEMPLATE_TEXT } from "./templateText";

/**
 * The register's rules (docs/checks.md) that one template's answers can
 * break, reported with the register's finding types but at the template's
 * cells: required fields, reasons for Gul and Rød, risk for Samstyring and
 * Koordinering, budget only for Samstyring, complete dependencies.
 */
export function checkTemplateAnswers(answers: TemplateAnswers, marker: TemplateMarker, sheet: string, layout: TemplateLayout): Finding[] {
  const t = TEMPLATE_TEXT[marker.lang];
  const findings: Finding[] = [];
  const at = (field: InputField) => {
    const cell = answers.cells[field] as A1;
    return { sheet, cell, row: layout.inputs[field], column: t[field] };
  };
  const missing = (field: InputField) => answers[field] === undefined && !answers.unreadable.has(field);
  const report = (type: string, field: InputField, params?: Finding["params"]) =>
    findings.push({ type, severity: "error", ...at(field), ...(params ? { params } : {}) });
  if (missing("phase")) report("cell/required", "phase");
  if (answers.phase === "Aktiv") {
    if (missing("status")) report("cell/status-required", "status");
    if (missing("mainGoal")) report("cell/main-goal-required", "mainGoal", { period: marker.period });
    if (RISK_SEGMENTS.includes(marker.segment) && missing("risk")) report("cell/risk-required", "risk", { segment: marker.segment });
  }
  if (answers.status && NEEDS_REASON.includes(answers.status) && missing("statusReason")) {
    report("cell/status-reason-required", "statusReason", { status: answers.status });
  }
  if (answers.risk && NEEDS_REASON.includes(answers.risk) && missing("riskReason")) {
    report("cell/risk-reason-required", "riskReason", { risk: answers.risk });
  }
  if (answers.budget !== undefined && marker.segment !== BUDGET_SEGMENT) {
    findings.push({ type: "cell/budget-segment", severity: "error", ...at("budget"), value: answers.budget, params: { segment: marker.segment } });
  }
  for (const d of answers.dependencies) findings.push(...checkDependency(d, marker, sheet, layout));
  return findings;
}

const HEADERS: Record<DependencyField, "dependency" | "category" | "criticality" | "depStatus" | "deadline"> = {
  dependency: "dependency", category: "category", criticality: "criticality", status: "depStatus", deadline: "deadline",
};

function checkDependency(d: TemplateDependency, marker: TemplateMarker, sheet: string, layout: TemplateLayout): Finding[] {
  const t = TEMPLATE_TEXT[marker.lang];
  const findings: Finding[] = [];
  const where = (f: DependencyField) => ({ sheet, cell: a1(d.row, layout.dependencyColumns[f]), row: d.row, column: t[HEADERS[f]] });
  for (const f of DEPENDENCY_FIELDS) {
    if (f === "deadline" || d[f] !== undefined || d.unreadable.has(f)) continue;
    findings.push({ type: "cell/required", severity: "error", ...where(f) });
  }
  const end = periodEnd(marker.period);
  if (d.status && NEEDS_REASON.includes(d.status) && d.deadline && d.deadline < end) {
    findings.push({ type: "cell/deadline-passed", severity: "warning", ...where("deadline"), value: d.deadline, params: { status: d.status, deadline: d.deadline, end } });
  }
  return findings;
}
