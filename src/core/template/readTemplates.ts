import { a1, cellText, type A1 } from "../cells";
import { compareFindings, type Finding } from "../findings/finding";
import type { CodeLists } from "../register/codes";
import { parsePeriod } from "../register/period";
import { cellAt, findSheet, normalizeName, type SheetData } from "../sheet";
import { checkTemplateAnswers } from "./checkTemplateAnswers";
import { IDENTITY_FIELDS, layoutTemplate, type TemplateLayout } from "./layoutTemplate";
import { readMarker } from "./markerSheet";
import { readTemplateAnswers } from "./readTemplateAnswers";
import type { TemplateRead, TemplatesRead } from "./templateAnswers";
import type { TemplateMarker } from "./templateDoc";
import { MARKER_SHEET, TEMPLATE_FORMAT_VERSION } from "./templateFormat";

/**
 * Reads every report template in a workbook: checks that its structure is
 * as made (marker, version, sheet, labels, locked identity), then reads and
 * checks the answers. `codes` are the register's lists at import; the
 * template's own lists when a contact checks it alone.
 */
export function readTemplates(sheets: readonly SheetData[], codes?: CodeLists): TemplatesRead {
  const marker = readMarker(sheets);
  if (!marker || marker.templates.length === 0) {
    return { templates: [], findings: [{ type: "template/marker-missing", severity: "error", params: { marker: MARKER_SHEET } }] };
  }
  const lists = codes ?? marker.lists.codes;
  const templates = marker.templates.map((m): TemplateRead => {
    if (m.version !== TEMPLATE_FORMAT_VERSION) {
      return {
        marker: m,
        findings: [
          { type: "template/format-version", severity: "error", sheet: m.sheet, value: m.version, hint: String(TEMPLATE_FORMAT_VERSION) },
        ],
      };
    }
    const sheet = findSheet(sheets, m.sheet);
    if (!sheet) {
      return { marker: m, findings: [{ type: "template/sheet-missing", severity: "error", sheet: m.sheet }] };
    }
    const layout = layoutTemplate(marker.lists.codes.Bærekraftsmål, m.lang);
    const structure = checkStructure(sheet, layout, m);
    if (structure.length > 0) {
      return { marker: m, layout, findings: structure };
    }
    const { answers, findings } = readTemplateAnswers(sheet, layout, lists, m);
    findings.push(...checkTemplateAnswers(answers, m, sheet.name, layout));
    return { marker: m, layout, answers, findings: findings.sort(compareFindings) };
  });
  return { templates, findings: [] };
}

/** The fixed labels in place and the locked identity as the marker says: else the template was changed. */
function checkStructure(sheet: SheetData, layout: TemplateLayout, m: TemplateMarker): Finding[] {
  const findings: Finding[] = [];
  const at = (row: number, column: number): { cell: A1; row: number; text: string } => ({
    cell: a1(row, column),
    row,
    text: cellText(cellAt(sheet, row, column)),
  });
  for (const label of layout.labels) {
    const found = at(label.row, label.column);
    if (normalizeName(found.text) !== normalizeName(label.text)) {
      findings.push({
        type: "template/structure-changed",
        severity: "error",
        sheet: sheet.name,
        cell: found.cell,
        row: found.row,
        value: found.text,
        hint: label.text,
      });
    }
  }
  if (findings.length > 0) {
    return findings;
  }
  const expected = { id: m.id, name: m.name, owner: m.owner, segment: m.segment, period: m.period };
  for (const f of IDENTITY_FIELDS) {
    const found = at(layout.identity[f], layout.valueColumn);
    const same = f === "period" ? parsePeriod(found.text) === m.period : found.text === expected[f];
    if (!same) {
      findings.push({
        type: "template/identity-changed",
        severity: "error",
        sheet: sheet.name,
        cell: found.cell,
        row: found.row,
        column: at(layout.identity[f], layout.labelColumn).text,
        value: found.text,
        hint: expected[f],
      });
    }
  }
  return findings;
}
