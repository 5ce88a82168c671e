import { a1, cellText, isBlank } from "../cells";
import type { Finding } from "../findings/finding";
import type { Mnok } from "../register/amounts";
import type { CodeLists, CodeListName } from "../register/codes";
import type { ColumnType } from "../register/format";
import { readCell } from "../register/readCell";
import { cellAt, type SheetData } from "../sheet";
import { DEPENDENCY_FIELDS, INPUT_FIELDS, type InputField, type TemplateLayout } from "./layoutTemplate";
import type { TemplateAnswers, TemplateDependency } from "./templateAnswers";
import type { TemplateMarker } from "./templateDoc";
import { MAX_DEPENDENCY_ROWS } from "./templateFormat";
import { TEMPLATE_TEXT } from "./templateText";

const INPUT_TYPES: Record<InputField, { type: ColumnType; list?: CodeListName }> = {
  phase: { type: "code", list: "Fase" },
  status: { type: "code", list: "Status" },
  statusReason: { type: "text" },
  risk: { type: "code", list: "Status" },
  riskReason: { type: "text" },
  budget: { type: "amount" },
  mainGoal: { type: "code", list: "Strategisk mål" },
};

const DEPENDENCY_TYPES: Record<string, { type: ColumnType; list?: CodeListName }> = {
  dependency: { type: "text" },
  category: { type: "code", list: "Kategori" },
  criticality: { type: "code", list: "Kritikalitet" },
  status: { type: "code", list: "Status" },
  deadline: { type: "date" },
};

type Reader = (
  row: number,
  column: number,
  type: ColumnType,
  list: CodeListName | undefined,
  label: string,
) => { ok: true; value?: unknown } | { ok: false };

/** Reads a template's answer cells as typed values; a cell not of its type is a finding at that cell. */
export function readTemplateAnswers(
  sheet: SheetData,
  layout: TemplateLayout,
  codes: CodeLists,
  marker: TemplateMarker,
): { answers: TemplateAnswers; findings: Finding[] } {
  const lang = marker.lang;
  const findings: Finding[] = [];
  const read: Reader = (row, column, type, list, label) => {
    const value = cellAt(sheet, row, column);
    const r = readCell(value, type, list ? codes[list] : undefined);
    if (r.kind === "empty") {
      return { ok: true };
    }
    const where = { sheet: sheet.name, cell: a1(row, column), row, column: label };
    const shown = value instanceof Date ? cellText(value) : value;
    if (r.kind === "invalid") {
      findings.push({ type: r.type, severity: "error", ...where, value: shown, hint: r.hint, ...(list ? { params: { list } } : {}) });
      return { ok: false };
    }
    if (r.warning) {
      findings.push({ type: r.warning.type, severity: "warning", ...where, value: shown, hint: r.warning.hint });
    }
    return { ok: true, value: r.value };
  };
  const t = TEMPLATE_TEXT[lang];
  const answers: TemplateAnswers = { sustainabilityGoals: [], dependencies: [], unreadable: new Set(), cells: {} };
  const unreadable = answers.unreadable as Set<string>;
  for (const f of INPUT_FIELDS) {
    const row = layout.inputs[f];
    answers.cells[f] = a1(row, layout.valueColumn);
    const r = read(row, layout.valueColumn, INPUT_TYPES[f].type, INPUT_TYPES[f].list, t[f]);
    if (!r.ok) {
      unreadable.add(f);
    } else if (r.value !== undefined) {
      setAnswer(answers, f, r.value);
    }
  }
  for (const g of layout.goals) {
    const r = read(g.row, layout.valueColumn, "yesno", undefined, g.label);
    if (r.ok && r.value === true) {
      answers.sustainabilityGoals.push(g.code);
    }
    if (!r.ok) {
      unreadable.add("sustainabilityGoals");
    }
  }
  const lastRow = marker.lastAnswerRow ?? layout.firstDependencyRow + MAX_DEPENDENCY_ROWS - 1;
  answers.dependencies = readDependencies(sheet, layout, lastRow, read);
  findings.push(...outsideAnswerArea(sheet, lastRow));
  return { answers, findings };
}

function setAnswer(answers: TemplateAnswers, field: InputField, value: unknown): void {
  if (field === "budget") {
    answers.budget = (value as { amount: Mnok }).amount;
  } else {
    answers[field] = value as string;
  }
}

function readDependencies(sheet: SheetData, layout: TemplateLayout, lastRow: number, read: Reader): TemplateDependency[] {
  const out: TemplateDependency[] = [];
  const last = Math.min(lastRow, sheet.origin.row + sheet.values.length - 1);
  const headers = DEPENDENCY_FIELDS.map((f) => cellAt(sheet, layout.dependencyHeaderRow, layout.dependencyColumns[f]));
  for (let row = layout.firstDependencyRow; row <= last; row++) {
    const cells = DEPENDENCY_FIELDS.map((f) => cellAt(sheet, row, layout.dependencyColumns[f]));
    // A cleared row is how a contact removes a dependency: skip it silently.
    if (cells.every(isBlank)) {
      continue;
    }
    const dep: TemplateDependency = { row, unreadable: new Set() };
    DEPENDENCY_FIELDS.forEach((f, i) => {
      const { type, list } = DEPENDENCY_TYPES[f];
      const r = read(row, layout.dependencyColumns[f], type, list, String(headers[i] ?? f));
      if (!r.ok) {
        (dep.unreadable as Set<string>).add(f);
      } else if (r.value !== undefined) {
        (dep as unknown as Record<string, unknown>)[f] = r.value;
      }
    });
    out.push(dep);
  }
  return out;
}

/**
 * A filled row below the answer area: the sheet's protection was lifted and
 * rows were added where the import does not look. Each such row is an error
 * at its first filled cell, so nothing typed there is lost without a word.
 */
function outsideAnswerArea(sheet: SheetData, lastRow: number): Finding[] {
  const findings: Finding[] = [];
  sheet.values.forEach((line, i) => {
    const row = sheet.origin.row + i;
    if (row <= lastRow) {
      return;
    }
    const c = line.findIndex((v) => !isBlank(v));
    if (c < 0) {
      return;
    }
    const value = line[c];
    findings.push({
      type: "template/outside-answer-area",
      severity: "error",
      sheet: sheet.name,
      cell: a1(row, sheet.origin.column + c),
      row,
      value: value instanceof Date ? cellText(value) : value,
      params: { last: lastRow },
    });
  });
  return findings;
}
