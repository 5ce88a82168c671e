import { a1, type CellValue } from "../../../core/cells";
import { escapeXml } from "../xml/xmlText";
import { cellXml } from "./cellXml";

/** A dropdown or bound on a range, as a new sheet carries it. */
export interface SheetValidation {
  range: string;
  type: "list" | "whole" | "decimal" | "date";
  operator?: "between" | "greaterThan" | "greaterThanOrEqual";
  formulas: string[];
  error: string;
}

/** Everything a new worksheet part holds: the writer's own sheets (report, register, log). */
export interface SheetSpec {
  /** Cells by 1-based row, then 1-based column. */
  rows: Map<number, Map<number, { value: CellValue; xf?: number }>>;
  rowHeights?: ReadonlyMap<number, number>;
  columnWidths: readonly number[];
  merges?: readonly string[];
  freezeRows?: number;
  /** Links to places in the workbook ("'Rapporter'!E7"). */
  links?: ReadonlyArray<{ cell: string; location: string }>;
  validations?: readonly SheetValidation[];
  print?: { landscape: boolean; fitToWidth: boolean };
  /** The relationship id of the sheet's drawing, when it has charts. */
  drawingRelId?: string;
  /** True when the workbook counts dates from 1904: date cells are written in its system. */
  date1904?: boolean;
}

const NS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** A worksheet part, its children in the order the schema requires (Excel refuses any other). */
export function writeSheetXml(spec: SheetSpec): string {
  const rowNumbers = [...spec.rows.keys(), ...(spec.rowHeights?.keys() ?? [])]
    .filter((r, i, all) => all.indexOf(r) === i)
    .sort((a, b) => a - b);
  let lastCol = 0;
  for (const cells of spec.rows.values()) {
    for (const c of cells.keys()) {
      lastCol = Math.max(lastCol, c);
    }
  }
  const lastRow = rowNumbers[rowNumbers.length - 1] ?? 1;
  const fit = spec.print?.fitToWidth ? '<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>' : "";
  return [
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${NS}>`,
    fit,
    `<dimension ref="A1:${a1(lastRow, Math.max(1, lastCol))}"/>`,
    sheetViews(spec.freezeRows ?? 0),
    '<sheetFormatPr defaultRowHeight="15"/>',
    columns(spec.columnWidths),
    `<sheetData>${rowNumbers.map((r) => rowXml(r, spec)).join("")}</sheetData>`,
    spec.merges && spec.merges.length > 0
      ? `<mergeCells count="${spec.merges.length}">${spec.merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>`
      : "",
    validations(spec.validations ?? []),
    spec.links && spec.links.length > 0
      ? `<hyperlinks>${spec.links.map((l) => `<hyperlink ref="${l.cell}" location="${escapeXml(l.location)}" display="${escapeXml(l.location)}"/>`).join("")}</hyperlinks>`
      : "",
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>',
    spec.print
      ? `<pageSetup paperSize="9" orientation="${spec.print.landscape ? "landscape" : "portrait"}"${spec.print.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : ""}/>`
      : "",
    spec.drawingRelId ? `<drawing r:id="${spec.drawingRelId}"/>` : "",
    "</worksheet>",
  ].join("");
}

function sheetViews(freezeRows: number): string {
  if (freezeRows <= 0) {
    return '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  }
  return [
    '<sheetViews><sheetView workbookViewId="0">',
    `<pane ySplit="${freezeRows}" topLeftCell="A${freezeRows + 1}" activePane="bottomLeft" state="frozen"/>`,
    `<selection pane="bottomLeft" activeCell="A${freezeRows + 1}" sqref="A${freezeRows + 1}"/>`,
    "</sheetView></sheetViews>",
  ].join("");
}

function columns(widths: readonly number[]): string {
  const cols = widths.map((w, i) => (w > 0 ? `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>` : "")).join("");
  return cols ? `<cols>${cols}</cols>` : "";
}

function rowXml(r: number, spec: SheetSpec): string {
  const cells = spec.rows.get(r);
  const height = spec.rowHeights?.get(r);
  const ht = height !== undefined ? ` ht="${height}" customHeight="1"` : "";
  if (!cells || cells.size === 0) {
    return `<row r="${r}"${ht}/>`;
  }
  const xml = [...cells.entries()]
    .sort(([a], [b]) => a - b)
    .map(([c, cell]) => cellXml(a1(r, c), cell.value, cell.xf, "", spec.date1904))
    .join("");
  return `<row r="${r}"${ht}>${xml}</row>`;
}

function validations(list: readonly SheetValidation[]): string {
  if (list.length === 0) {
    return "";
  }
  const items = list.map((v) => {
    const op = v.operator ? ` operator="${v.operator}"` : "";
    const formulas = v.formulas.map((f, i) => `<formula${i + 1}>${escapeXml(f)}</formula${i + 1}>`).join("");
    return `<dataValidation type="${v.type}"${op} allowBlank="1" showErrorMessage="1" errorStyle="stop" error="${escapeXml(v.error)}" sqref="${v.range.replace(/\$/g, "")}">${formulas}</dataValidation>`;
  });
  return `<dataValidations count="${list.length}">${items.join("")}</dataValidations>`;
}
