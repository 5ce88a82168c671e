import type { RegisterFindingType } from "../findings/finding";
import { shown, type FindingMessages } from "./catalogue";

const hint = (h?: string) => (h ? ` Did you mean “${h}”?` : "");

/** English messages, one per finding type. */
export const EN: FindingMessages<RegisterFindingType> = {
  "workbook/unusable": (f) => `The file cannot be read: ${f.params.reason}`,
  "sheet/missing": (f) => `The sheet “${f.sheet}” (${f.params.en}) is missing.`,
  "sheet/empty": (f) => `The sheet “${f.sheet}” is empty: it has no header row.`,
  "sheet/missing-column": (f) => `The column “${f.column}” (${f.params.en}) is missing from sheet “${f.sheet}” (header row ${f.row}).`,
  "sheet/duplicate-column": (f) => `The column “${f.column}” appears twice; only the first (${f.params.first}) is used.`,
  "cell/formula-error": (f) => `The cell shows the formula error ${shown(f.value)}; enter the value.`,
  "cell/enum": (f) => `${shown(f.value)} is not in the code list ${f.params?.list ?? ""}.${hint(f.hint)}`,
  "cell/date": (f) => `${shown(f.value)} is not a date; use a date cell, 2023-04-03 or 03.04.2023.`,
  "cell/period": (f) => `${shown(f.value)} is not a period; write for example 2023-Q2.`,
  "cell/amount": (f) => `${shown(f.value)} is not an amount in millions of NOK.`,
  "cell/year": (f) => `${shown(f.value)} is not a year between 2000 and 2100.`,
  "cell/email": (f) => `${shown(f.value)} is not a valid e-mail address.`,
  "cell/decimal-comma": (f) => `The amount ${shown(f.value)} is stored as text with a decimal comma; read as ${f.hint}.`,
  "cell/number-as-text": (f) => `The amount ${shown(f.value)} is stored as text; read as ${f.hint}.`,
  "cell/required": (f) => `The cell in column “${f.column}” must be filled in.`,
  "cell/status-required": () => `Status must be filled in when the phase is Aktiv (active).`,
  "cell/status-reason-required": (f) => `The status is ${f.params.status}; give a status reason.`,
  "cell/risk-required": (f) => `Risk must be filled in for active initiatives in segment ${f.params.segment}.`,
  "cell/risk-reason-required": (f) => `The risk is ${f.params.risk}; give a risk reason.`,
  "cell/main-goal-required": (f) =>
    `The initiative is active${f.params?.period ? ` in ${f.params.period}` : ""}; choose a main goal (1–5).`,
  "row/missing-key": (f) => `The row has content but nothing in ${f.params.keys}; fill it in or delete the row.`,
  "row/stray-cells": (f) => `The row only has content outside the register's columns (${shown(f.value)}); it is left out of the report.`,
  "row/duplicate-id": (f) => `The ID ${shown(f.value)} is already used in row ${f.params.first}; each initiative appears once.`,
  "row/duplicate-report": (f) => `${shown(f.value)} already has a report for ${f.params.period} in row ${f.params.first}.`,
  "row/duplicate-cost": (f) =>
    `The same solution, initiative, part and year are already in row ${f.params.first}; the amount would count twice.`,
  "row/duplicate-dependency": (f) => `The same dependency for the same initiative and period is already in row ${f.params.first}.`,
  "row/duplicate-code": (f) => `The code ${shown(f.value)} is already listed in row ${f.params.first}.`,
  "cell/unknown-id": (f) => `${shown(f.value)} is not an ID in the sheet Tiltak (Initiatives).${hint(f.hint)}`,
  "cell/end-before-start": (f) => `The end date ${f.params.end} is before the start date ${f.params.start}.`,
  "cell/budget-segment": (f) => `A budget is given only for initiatives in segment Samstyring; this one is in ${f.params.segment}.`,
  "cell/risk-not-counted": (f) =>
    `Risk is counted only for Samstyring and Koordinering; the initiative is in ${f.params.segment}, so the value is left out of the risk figures.`,
  "row/not-reported": (f) =>
    `The initiative ${shown(f.value)} is active but has no report for ${f.params.period}; it counts as Grå (grey).`,
  "cell/deadline-passed": (f) =>
    `The dependency is ${f.params.status} and its deadline ${f.params.deadline} is before the period ends (${f.params.end}).`,
  "cell/deadline-code": (f) => `${shown(f.value)} is not a reporting deadline; write the period and the date, e.g. «2023-Q2: 2023-03-30».`,
  "cell/deadline-missing": (f) => `The dependency is ${f.params.status} but has no deadline; enter when it must be met.`,
  "cell/to-before-from": (f) => `The period ends (${f.params.to}) before it begins (${f.params.from}); fix Fra (From) or Til (To).`,
  "cell/activity-missing": (f) =>
    `The row does not say what happens${f.params ? ` in ${f.params.year}` : ""}; the roadmap shows it with an empty activity until it is filled in.`,
  "cell/unknown-ids": (f) => `Initiatives not in the sheet Tiltak (Initiatives): ${f.params.ids}. The topic is shown without them.`,
  "cell/description-missing": (f) =>
    `The initiative “${f.params.name}” is new in ${f.params.period} but has no description; the report describes new initiatives.`,
  "cell/closing-summary-missing": (f) =>
    `The initiative “${f.params.name}” was completed in ${f.params.period} but has no closing summary; the report shows its deliveries and remaining needs.`,
  "row/objective-conflict": (f) => `The area already has another objective in row ${f.params.first}; the report shows only the first.`,
  "row/duplicate-topic": (f) => `The topic ${shown(f.value)} is already listed for ${f.params.period} in row ${f.params.first}.`,
  "sheet/duplicate": (f) =>
    `The sheet “${f.sheet}” is the same as “${f.params.used}” (Norwegian and English name); only “${f.params.used}” is read.`,
  "sheet/code-missing": (f) =>
    `The list ${f.params.list} in Kodeverk lacks the code “${f.params.code}”, which the report's figures count by; spell it exactly so.`,
  "sheet/period-not-reported": (f) => `No initiative has a report for ${f.params.period}; every active initiative counts as not reported.`,
};
