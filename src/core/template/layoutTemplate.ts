import type { Code } from "../register/codes";
import type { Lang } from "../messages/catalogue";
import { TEMPLATE_TEXT } from "./templateText";

export type IdentityField = "id" | "name" | "owner" | "segment" | "period";
export type InputField = "phase" | "status" | "statusReason" | "risk" | "riskReason" | "budget" | "mainGoal";
export type DependencyField = "dependency" | "category" | "criticality" | "status" | "deadline";

export const IDENTITY_FIELDS: readonly IdentityField[] = ["id", "name", "owner", "segment", "period"];
export const INPUT_FIELDS: readonly InputField[] = ["phase", "status", "statusReason", "risk", "riskReason", "budget", "mainGoal"];
export const DEPENDENCY_FIELDS: readonly DependencyField[] = ["dependency", "category", "criticality", "status", "deadline"];

/** A fixed text of the sheet at its cell; a contact who moves it has changed the template's structure. */
export interface FixedLabel {
  row: number;
  column: number;
  text: string;
}

/**
 * Where everything sits on a template sheet (format 1). Labels are in column
 * A, answers in column B; the dependency table spans columns A–E. Only the
 * number of sustainability goals moves the rows below them.
 */
export interface TemplateLayout {
  labelColumn: number;
  valueColumn: number;
  titleRow: number;
  instructionRows: number[];
  identityHeadingRow: number;
  identity: Record<IdentityField, number>;
  reportHeadingRow: number;
  inputs: Record<InputField, number>;
  goalsHeadingRow: number;
  /** One row per sustainability goal, in code list order. */
  goals: Array<{ row: number; code: string; label: string }>;
  dependenciesHeadingRow: number;
  dependencyHeaderRow: number;
  dependencyColumns: Record<DependencyField, number>;
  firstDependencyRow: number;
  /** Every label a contact must leave where it is. */
  labels: FixedLabel[];
}

/** A goal as the template shows it: "3 God helse og livskvalitet". */
export function codeLabel(code: Code): string {
  return code.description ? `${code.code} ${code.description}` : code.code;
}

/** The layout of a template sheet for a set of sustainability goals and a language. */
export function layoutTemplate(sustainabilityGoals: readonly Code[], lang: Lang): TemplateLayout {
  const t = TEMPLATE_TEXT[lang];
  let row = 1;
  const next = (gap = 0) => {
    row += gap;
    return row++;
  };
  const titleRow = next();
  const instructionRows = t.instructions.map((_, i) => next(i === 0 ? 1 : 0));
  const identityHeadingRow = next(1);
  const identity = { id: next(), name: next(), owner: next(), segment: next(), period: next() };
  const reportHeadingRow = next(1);
  const inputs = {
    phase: next(),
    status: next(),
    statusReason: next(),
    risk: next(),
    riskReason: next(),
    budget: next(),
    mainGoal: next(),
  };
  const goalsHeadingRow = next(1);
  const goals = sustainabilityGoals.map((c) => ({ row: next(), code: c.code, label: codeLabel(c) }));
  const dependenciesHeadingRow = next(1);
  const dependencyHeaderRow = next();
  const dependencyColumns = { dependency: 1, category: 2, criticality: 3, status: 4, deadline: 5 };
  const labels: FixedLabel[] = [
    { row: identityHeadingRow, column: 1, text: t.identityHeading },
    ...IDENTITY_FIELDS.map((f) => ({ row: identity[f], column: 1, text: t[f] })),
    { row: reportHeadingRow, column: 1, text: t.reportHeading },
    ...INPUT_FIELDS.map((f) => ({ row: inputs[f], column: 1, text: t[f] })),
    { row: goalsHeadingRow, column: 1, text: t.goalsHeading },
    ...goals.map((g) => ({ row: g.row, column: 1, text: g.label })),
    { row: dependenciesHeadingRow, column: 1, text: t.dependenciesHeading },
    ...dependencyHeaders(lang).map((text, i) => ({ row: dependencyHeaderRow, column: i + 1, text })),
  ];
  return {
    labelColumn: 1,
    valueColumn: 2,
    titleRow,
    instructionRows,
    identityHeadingRow,
    identity,
    reportHeadingRow,
    inputs,
    goalsHeadingRow,
    goals,
    dependenciesHeadingRow,
    dependencyHeaderRow,
    dependencyColumns,
    firstDependencyRow: dependencyHeaderRow + 1,
    labels,
  };
}

/** The dependency table's column headers, A to E. */
export function dependencyHeaders(lang: Lang): string[] {
  const t = TEMPLATE_TEXT[lang];
  return [t.dependency, t.category, t.criticality, t.depStatus, t.deadline];
}
