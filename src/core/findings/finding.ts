import type { A1 } from "../cells";

export type Severity = "error" | "warning";

/** The cell-reading findings: a cell not of its column's type. A code column names its list. */
type CellRead = { list: string } | undefined;

/**
 * Every finding type the core emits, with the facts its message needs.
 * `undefined` means the type carries no params; `X | undefined` means they
 * are optional. A new type is added here first: the catalogues then fail to
 * compile until each language has its message.
 */
export interface FindingParams {
  "workbook/unusable": { reason: string };
  "sheet/missing": { en: string };
  "sheet/empty": undefined;
  "sheet/missing-column": { en: string };
  "sheet/duplicate-column": { first: A1 };
  "sheet/duplicate": { used: string };
  "sheet/code-missing": { list: string; code: string };
  "sheet/period-not-reported": { period: string };
  "cell/formula-error": CellRead;
  "cell/enum": CellRead;
  "cell/date": CellRead;
  "cell/period": CellRead;
  "cell/amount": CellRead;
  "cell/year": CellRead;
  "cell/email": CellRead;
  "cell/decimal-comma": undefined;
  "cell/number-as-text": undefined;
  "cell/required": undefined;
  "cell/status-required": { phase: string } | undefined;
  "cell/status-reason-required": { status: string };
  "cell/risk-required": { segment: string };
  "cell/risk-reason-required": { risk: string };
  "cell/main-goal-required": { period: string } | undefined;
  "cell/unknown-id": undefined;
  "cell/end-before-start": { start: string; end: string };
  "cell/budget-segment": { segment: string };
  "cell/risk-not-counted": { segment: string };
  "cell/deadline-passed": { status: string; deadline: string; end: string };
  "cell/deadline-code": undefined;
  "cell/deadline-missing": { status: string };
  "cell/to-before-from": { from: number; to: number };
  "cell/activity-missing": { year: number } | undefined;
  "cell/unknown-ids": { ids: string };
  "cell/description-missing": { period: string; name: string };
  "cell/closing-summary-missing": { period: string; name: string };
  "row/missing-key": { keys: string };
  "row/stray-cells": undefined;
  "row/duplicate-id": { first: number };
  "row/duplicate-report": { first: number; period: string };
  "row/duplicate-cost": { first: number };
  "row/duplicate-dependency": { first: number };
  "row/duplicate-code": { first: number };
  "row/not-reported": { period: string };
  "row/objective-conflict": { first: number };
  "row/duplicate-topic": { first: number; period: string };
  "template/marker-missing": { marker: string };
  "template/format-version": undefined;
  "template/sheet-missing": undefined;
  "template/structure-changed": undefined;
  "template/identity-changed": undefined;
  "template/unknown-initiative": undefined;
  "template/period-mismatch": { expected: string };
  "template/outside-answer-area": { last: number };
  "template/duplicate": { period: string; file: string };
}

export type FindingType = keyof FindingParams;
/** The types of the report templates and their import. */
export type TemplateFindingType = Extract<FindingType, `template/${string}`>;
/** The types of the register's checks (templates use them too, at the template's cells). */
export type RegisterFindingType = Exclude<FindingType, TemplateFindingType>;

/** A type's params field: absent, optional or required, as FindingParams says. */
export type ParamsField<P> = [P] extends [undefined]
  ? { params?: undefined }
  : undefined extends P
    ? { params?: Exclude<P, undefined> }
    : { params: P };

/** Where a finding is and what the cell holds: the same for every type. */
export interface FindingPlace {
  severity: Severity;
  sheet?: string;
  cell?: A1;
  /** 1-based sheet row. */
  row?: number;
  /** The column's header as written in the workbook. */
  column?: string;
  value?: string | number | boolean | null;
  /** The nearest allowed value, or what the cell should hold. */
  hint?: string;
}

/** One finding of a given type, its params typed. */
export type FindingOf<T extends FindingType> = FindingPlace & { type: T } & ParamsField<FindingParams[T]>;

/**
 * One problem in a workbook, as data: a stable namespaced type
 * (cell/…, row/…, sheet/…, workbook/…, template/…), where it is, and what would fix it.
 * The text shown to users comes from the message catalogue, not from here.
 */
export type Finding = { [T in FindingType]: FindingOf<T> }[FindingType];

// One collator for every comparison: localeCompare with a locale builds one per call.
const NB = new Intl.Collator("nb");

/** Sheet, then row, then column: the order users read a workbook in. */
export function compareFindings(a: Finding, b: Finding): number {
  const sheet = NB.compare(a.sheet ?? "", b.sheet ?? "");
  if (sheet !== 0) {
    return sheet;
  }
  const row = (a.row ?? 0) - (b.row ?? 0);
  if (row !== 0) {
    return row;
  }
  const col = columnIndex(a.cell) - columnIndex(b.cell);
  if (col !== 0) {
    return col;
  }
  return a.type.localeCompare(b.type);
}

function columnIndex(cell: A1 | undefined): number {
  if (!cell) {
    return 0;
  }
  const letters = /^[A-Z]+/.exec(cell)?.[0] ?? "";
  let n = 0;
  for (const ch of letters) {
    n = n * 26 + (ch.charCodeAt(0) - 64);
  }
  return n;
}

/** How many of the findings are errors and how many warnings. */
export function countBySeverity(findings: readonly Finding[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const f of findings) {
    if (f.severity === "error") {
      errors++;
    }
  }
  return { errors, warnings: findings.length - errors };
}
