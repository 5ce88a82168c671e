import type { TemplateFindingType } from "../findings/finding";
import { shown, type FindingMessages } from "./catalogue";

/** English messages for the report templates and their import. */
export const TEMPLATE_EN: FindingMessages<TemplateFindingType> = {
  "template/marker-missing": () =>
    "The workbook is not a report template from the portfolio office (its hidden marker is missing). Ask for a new template.",
  "template/format-version": (f) =>
    `The template has format version ${shown(f.value)}, but only version ${f.hint} can be read. Ask the portfolio office for a new template.`,
  "template/sheet-missing": (f) =>
    `The template's sheet “${f.sheet}” is missing or was renamed. Give it back its name, or ask for a new template.`,
  "template/structure-changed": (f) =>
    `The template was changed here: expected “${f.hint}”, found ${shown(f.value)}. Rows or cells were moved; use a new template.`,
  "template/identity-changed": (f) => `The locked cell was changed: expected “${f.hint}”, found ${shown(f.value)}.`,
  "template/unknown-initiative": (f) => `The initiative ${shown(f.value)} is not in the register's Tiltak sheet.`,
  "template/period-mismatch": (f) => `The template is for the period ${shown(f.value)}, but this import is for ${f.params.expected}.`,
  "template/outside-answer-area": (f) =>
    `Rows below the answer area (after row ${f.params.last}) are not read: ${shown(f.value)} is not imported. Move it into the table above, or ask for a new template.`,
  "template/duplicate": (f) =>
    `The initiative ${shown(f.value)} for ${f.params.period} was already imported from ${f.params.file} in this import.`,
};
