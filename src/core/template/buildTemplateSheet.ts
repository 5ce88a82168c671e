import { a1, cellRange, type CellRange, type CellValue } from "../cells";
import type { Lang } from "../messages/catalogue";
import type { CodeLists } from "../register/codes";
import { toExcelSerial } from "../register/dates";
import type { Dependency, Initiative, Report } from "../register/model";
import { BUDGET_SEGMENT } from "../register/meanings";
import type { CellStyle } from "../report/reportSheet";
import { HEADER } from "../report/styles";
import { codeLabel, DEPENDENCY_FIELDS, IDENTITY_FIELDS, INPUT_FIELDS, layoutTemplate, type TemplateLayout } from "./layoutTemplate";
import { markerListFormula } from "./markerSheet";
import type { TemplateMarker, TemplateSheetDoc, TemplateValidation } from "./templateDoc";
import { templateFileName } from "./templateFileName";
import { EXTRA_DEPENDENCY_ROWS } from "./templateFormat";
import { TEMPLATE_TEXT } from "./templateText";

const INPUT: CellStyle = { fill: "FFF2CC", border: "thin" };
const LOCKED: CellStyle = { fill: "E7E6E6", border: "thin" };
const LABEL: CellStyle = { bold: true };
const HEADING: CellStyle = { bold: true, fontSize: 12, fontColor: "1F4E79" };
const DATE_FORMAT = "dd.mm.yyyy";
const WIDTHS = [60, 56, 14, 12, 14];
const LINE_HEIGHT = 15;
const WIDTH = WIDTHS.length;

/** What a template is pre-filled with: the initiative and its answers of the previous period. */
export interface TemplateSource {
  initiative: Initiative;
  previousReport?: Report;
  previousDependencies: Dependency[];
}

/**
 * One initiative's template sheet: identity locked, last period's answers in
 * the unlocked input cells, dropdowns from the register's code lists.
 */
export function buildTemplateSheet(marker: TemplateMarker, source: TemplateSource, codes: CodeLists, lang: Lang): TemplateSheetDoc {
  const t = TEMPLATE_TEXT[lang];
  const layout = layoutTemplate(codes.Bærekraftsmål, lang);
  const values: CellValue[][] = [];
  const put = (row: number, column: number, value: CellValue) => {
    while (values.length < row) {
      values.push(new Array<CellValue>(WIDTH).fill(null));
    }
    values[row - 1][column - 1] = value;
  };
  const lastAnswerRow = layout.firstDependencyRow + source.previousDependencies.length + EXTRA_DEPENDENCY_ROWS - 1;
  const doc: TemplateSheetDoc = {
    marker: { ...marker, lastAnswerRow },
    fileName: templateFileName(marker.id, marker.name, marker.period),
    values,
    styles: [],
    inputs: [],
    validations: [],
    columnWidths: WIDTHS,
    rowHeights: {},
    firstInput: a1(layout.inputs.phase, layout.valueColumn),
  };
  const style = (range: CellRange, s: CellStyle) => doc.styles.push({ range, style: s });
  const cell = (row: number, column = layout.valueColumn) => cellRange(row, column, row, column);

  put(layout.titleRow, 1, t.title);
  style(cell(layout.titleRow, 1), { bold: true, fontSize: 14 });
  t.instructions.forEach((line, i) => put(layout.instructionRows[i], 1, line));
  style(cellRange(layout.instructionRows[0], 1, layout.instructionRows[0], 1), LABEL);
  for (const label of layout.labels) {
    put(label.row, label.column, label.text);
  }
  for (const row of [layout.identityHeadingRow, layout.reportHeadingRow, layout.goalsHeadingRow, layout.dependenciesHeadingRow]) {
    style(cell(row, 1), HEADING);
  }
  const identity = { id: marker.id, name: marker.name, owner: marker.owner, segment: marker.segment, period: marker.period };
  for (const f of IDENTITY_FIELDS) {
    put(layout.identity[f], layout.valueColumn, identity[f]);
    style(cell(layout.identity[f], 1), LABEL);
    style(cell(layout.identity[f]), LOCKED);
  }
  fillInputs(doc, layout, source, codes, lang, put);
  fillGoals(doc, layout, source.initiative, codes, lang, put);
  fillDependencies(doc, layout, source.previousDependencies, codes, lang, put);
  style(cellRange(layout.dependencyHeaderRow, 1, layout.dependencyHeaderRow, WIDTH), HEADER);
  return doc;
}

type Put = (row: number, column: number, value: CellValue) => void;

function fillInputs(doc: TemplateSheetDoc, layout: TemplateLayout, source: TemplateSource, codes: CodeLists, lang: Lang, put: Put): void {
  const t = TEMPLATE_TEXT[lang];
  const r = source.previousReport;
  const mainGoal = codes["Strategisk mål"].find((c) => c.code === source.initiative.mainGoal);
  const prefill: Record<string, CellValue> = {
    phase: r?.phase ?? null,
    status: r?.status ?? null,
    statusReason: r?.statusReason ?? null,
    risk: r?.risk ?? null,
    riskReason: r?.riskReason ?? null,
    budget: r?.budget ?? null,
    mainGoal: mainGoal ? codeLabel(mainGoal) : (source.initiative.mainGoal ?? null),
  };
  const budgetAllowed = doc.marker.segment === BUDGET_SEGMENT;
  const list = (field: "phase" | "status" | "risk" | "mainGoal", name: "Fase" | "Status" | "Strategisk mål") =>
    doc.validations.push({
      kind: "list",
      range: one(layout.inputs[field], layout.valueColumn),
      formula: markerListFormula(name, codes),
      error: t.chooseFromList,
    });
  for (const f of INPUT_FIELDS) {
    const row = layout.inputs[f];
    const range = one(row, layout.valueColumn);
    doc.styles.push({ range: one(row, 1), style: LABEL });
    if (f === "budget" && !budgetAllowed) {
      doc.styles.push({ range, style: LOCKED });
      put(row, 3, t.budgetOnlySamstyring);
      doc.styles.push({ range: one(row, 3), style: { italic: true, fontColor: "595959" } });
      continue;
    }
    put(row, layout.valueColumn, prefill[f]);
    doc.inputs.push(range);
    doc.styles.push({ range, style: f === "statusReason" || f === "riskReason" ? { ...INPUT, wrap: true } : INPUT });
  }
  for (const f of ["statusReason", "riskReason"] as const) {
    const row = layout.inputs[f];
    // Room to write, and room for last period's reason to show whole (no host autofits rows on open).
    doc.rowHeights[row] = Math.max(3, lines(prefill[f], WIDTHS[1])) * LINE_HEIGHT;
    doc.styles.push({ range: one(row, 1), style: { wrap: true } });
  }
  list("phase", "Fase");
  list("status", "Status");
  list("risk", "Status");
  list("mainGoal", "Strategisk mål");
  if (budgetAllowed) {
    doc.validations.push({ kind: "decimal", range: one(layout.inputs.budget, layout.valueColumn), min: 0, error: t.enterAmount });
    doc.styles.push({ range: one(layout.inputs.budget, layout.valueColumn), style: { ...INPUT, numFmt: "#,##0.0" } });
  }
}

function fillGoals(doc: TemplateSheetDoc, layout: TemplateLayout, initiative: Initiative, codes: CodeLists, lang: Lang, put: Put): void {
  const t = TEMPLATE_TEXT[lang];
  for (const g of layout.goals) {
    put(g.row, layout.valueColumn, initiative.sustainabilityGoals.includes(g.code) ? t.yes : t.no);
  }
  if (layout.goals.length === 0) {
    return;
  }
  const first = layout.goals[0].row;
  const last = layout.goals[layout.goals.length - 1].row;
  const range = cellRange(first, layout.valueColumn, last, layout.valueColumn);
  doc.inputs.push(range);
  doc.styles.push({ range, style: INPUT });
  doc.validations.push({ kind: "list", range, formula: markerListFormula("answer", codes), error: t.chooseFromList });
}

function fillDependencies(
  doc: TemplateSheetDoc,
  layout: TemplateLayout,
  deps: readonly Dependency[],
  codes: CodeLists,
  lang: Lang,
  put: Put,
): void {
  const t = TEMPLATE_TEXT[lang];
  const c = layout.dependencyColumns;
  deps.forEach((d, i) => {
    const row = layout.firstDependencyRow + i;
    put(row, c.dependency, d.dependency ?? null);
    put(row, c.category, d.category ?? null);
    put(row, c.criticality, d.criticality ?? null);
    put(row, c.status, d.status ?? null);
    put(row, c.deadline, d.deadline ? toExcelSerial(d.deadline) : null);
    const height = lines(d.dependency ?? null, WIDTHS[0]);
    if (height > 1) {
      doc.rowHeights[row] = height * LINE_HEIGHT;
    }
  });
  const first = layout.firstDependencyRow;
  const last = doc.marker.lastAnswerRow!;
  // The empty rows must exist in the values so that every host draws their fill and borders.
  put(last, DEPENDENCY_FIELDS.length, null);
  const table = cellRange(first, 1, last, DEPENDENCY_FIELDS.length);
  doc.inputs.push(table);
  doc.styles.push({ range: table, style: INPUT });
  doc.styles.push({ range: table, style: { wrap: true } });
  doc.styles.push({ range: cellRange(first, c.deadline, last, c.deadline), style: { numFmt: DATE_FORMAT } });
  const column = (col: number) => cellRange(first, col, last, col);
  const lists: Array<[number, "Kategori" | "Kritikalitet" | "Status"]> = [
    [c.category, "Kategori"],
    [c.criticality, "Kritikalitet"],
    [c.status, "Status"],
  ];
  for (const [col, name] of lists) {
    doc.validations.push({ kind: "list", range: column(col), formula: markerListFormula(name, codes), error: t.chooseFromList });
  }
  const validation: TemplateValidation = { kind: "date", range: column(c.deadline), error: t.enterDate };
  doc.validations.push(validation);
}

/** Lines a text takes in a wrapped column of a width in characters (a little slack for proportional fonts). */
function lines(value: CellValue, width: number): number {
  return typeof value === "string" ? Math.ceil(value.length / (width * 0.95)) : 1;
}

function one(row: number, column: number): CellRange {
  return cellRange(row, column, row, column);
}
