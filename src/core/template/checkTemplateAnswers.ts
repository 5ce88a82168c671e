import { a1 } from "../cells";
import type { Finding } from "../findings/finding";
import { breachedRules, needsReason, type RuleField } from "../register/meanings";
import { periodEnd } from "../register/period";
import { DEPENDENCY_FIELDS, type DependencyField, type InputField, type TemplateLayout } from "./layoutTemplate";
import type { TemplateAnswers, TemplateDependency } from "./templateAnswers";
import type { TemplateMarker } from "./templateDoc";
import { TEMPLATE_TEXT } from "./templateText";

/**
 * The register's rules (docs/checks.md) that one template's answers can
 * break, reported with the register's finding types but at the template's
 * cells: a phase, the conditional rules the register applies to a Rapporter
 * row (register/meanings), complete dependencies.
 */
export function checkTemplateAnswers(answers: TemplateAnswers, marker: TemplateMarker, sheet: string, layout: TemplateLayout): Finding[] {
  const t = TEMPLATE_TEXT[marker.lang];
  const findings: Finding[] = [];
  const at = (field: InputField) => ({ sheet, cell: answers.cells[field], row: layout.inputs[field], column: t[field] });
  const missing = (field: InputField) => answers[field] === undefined && !answers.unreadable.has(field);
  if (missing("phase")) {
    findings.push({ type: "cell/required", severity: "error", ...at("phase") });
  }
  const facts = { phase: answers.phase, status: answers.status, risk: answers.risk, segment: marker.segment, period: marker.period };
  // The budget rule asks whether a budget was read; the others, whether a cell was left empty.
  const notGiven = (field: RuleField) => (field === "budget" ? answers.budget === undefined : missing(field));
  for (const { field, type, params } of breachedRules(facts, notGiven)) {
    const value = field === "budget" ? { value: answers.budget } : {};
    findings.push({ type, severity: "error", ...at(field), ...value, ...(params ? { params } : {}) } as Finding);
  }
  for (const d of answers.dependencies) {
    findings.push(...checkDependency(d, marker, sheet, layout));
  }
  return findings;
}

const HEADERS: Record<DependencyField, "dependency" | "category" | "criticality" | "depStatus" | "deadline"> = {
  dependency: "dependency",
  category: "category",
  criticality: "criticality",
  status: "depStatus",
  deadline: "deadline",
};

function checkDependency(d: TemplateDependency, marker: TemplateMarker, sheet: string, layout: TemplateLayout): Finding[] {
  const t = TEMPLATE_TEXT[marker.lang];
  const findings: Finding[] = [];
  const where = (f: DependencyField) => ({ sheet, cell: a1(d.row, layout.dependencyColumns[f]), row: d.row, column: t[HEADERS[f]] });
  for (const f of DEPENDENCY_FIELDS) {
    if (f === "deadline" || d[f] !== undefined || d.unreadable.has(f)) {
      continue;
    }
    findings.push({ type: "cell/required", severity: "error", ...where(f) });
  }
  const end = periodEnd(marker.period);
  if (d.status && needsReason(d.status) && d.deadline && d.deadline < end) {
    findings.push({
      type: "cell/deadline-passed",
      severity: "warning",
      ...where("deadline"),
      value: d.deadline,
      params: { status: d.status, deadline: d.deadline, end },
    });
  }
  return findings;
}
