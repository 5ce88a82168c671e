import type { ChartSpec } from "../../../core/report/chartSpec";
import { HostError } from "../../../workbook/errors";
import { writeChartXml } from "../charts/writeChartXml";
import { chartAnchorXml, drawingXml } from "../charts/writeDrawingXml";
import { CONTENT_TYPE, updateContentTypes } from "../package/contentTypes";
import type { OpcPackage } from "../package/opcPackage";
import { folderOf, nextPartName, relativeTarget, relsPathOf } from "../package/partNames";
import { addRelationship, REL, REL_NS } from "../package/relationships";
import { readWorkbookPart } from "../sheet/readWorkbookPart";
import { qualified } from "../xml/editXml";
import { child } from "../xml/parseXml";
import { escapeXml } from "../xml/xmlText";
import { writeSheetXml, type SheetSpec } from "./writeSheetXml";

/** A sheet the writer adds: its content, charts over its cells, and whether users see it. */
export interface NewSheet {
  name: string;
  spec: SheetSpec;
  charts?: readonly ChartSpec[];
  state?: "hidden" | "veryHidden";
}

const TRANSITIONAL_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const DRAWING_REL = "rId1";

/**
 * Adds worksheets after the workbook's last sheet: each a new part (with a
 * drawing and chart parts when it has charts), listed in workbook.xml, its
 * relationships and [Content_Types].xml. Part names are the first free ones
 * of their family; nothing the package already holds is renamed or rewritten.
 */
export function addWorksheets(pkg: OpcPackage, sheets: readonly NewSheet[]): void {
  if (sheets.length === 0) {
    return;
  }
  const types = new Map<string, string>();
  const workbook = readWorkbookPart(pkg);
  const taken = new Set(workbook.sheets.map((s) => s.name.toLowerCase()));
  const folder = folderOf(workbook.path);
  const entries: string[] = [];
  let sheetId = Math.max(0, ...workbook.sheets.map((s) => s.sheetId));
  for (const sheet of sheets) {
    if (taken.has(sheet.name.toLowerCase())) {
      throw new HostError(`The workbook already has a sheet named ${sheet.name}`, { reason: "sheet-exists", subject: sheet.name });
    }
    taken.add(sheet.name.toLowerCase());
    const part = nextPartName(pkg, `${folder}worksheets/`, "sheet");
    const charts = sheet.charts ?? [];
    pkg.set(part, writeSheetXml({ ...sheet.spec, drawingRelId: charts.length > 0 ? DRAWING_REL : undefined, date1904: workbook.date1904 }));
    types.set(part, CONTENT_TYPE.worksheet);
    if (charts.length > 0) {
      addCharts(pkg, part, `${folder}`, charts, types, workbook.date1904);
    }
    const relId = addRelationship(pkg, workbook.path, REL.worksheet, relativeTarget(workbook.path, part));
    entries.push(sheetElement(workbook, sheet, ++sheetId, relId));
  }
  const fresh = readWorkbookPart(pkg);
  const list = child(fresh.editor.root, "sheets");
  if (!list) {
    throw new HostError(`${fresh.path} has no list of sheets`, { reason: "damaged", subject: fresh.path });
  }
  fresh.editor.append(list, entries.join(""));
  pkg.set(fresh.path, fresh.editor.toString());
  updateContentTypes(pkg, types, new Set());
}

function sheetElement(workbook: ReturnType<typeof readWorkbookPart>, sheet: NewSheet, sheetId: number, relId: string): string {
  const root = workbook.editor.root;
  const rPrefix = root.attributes.find((a) => a.name.startsWith("xmlns:") && a.value === TRANSITIONAL_R)?.name.slice(6);
  const rAttr = rPrefix ? `${rPrefix}:id="${relId}"` : `xmlns:r="${TRANSITIONAL_R}" r:id="${relId}"`;
  const state = sheet.state ? ` state="${sheet.state}"` : "";
  return `<${qualified(root, "sheet")} name="${escapeXml(sheet.name)}" sheetId="${sheetId}"${state} ${rAttr}/>`;
}

// One drawing per sheet, holding an anchor per chart; each chart a part of its own.
function addCharts(
  pkg: OpcPackage,
  sheetPart: string,
  folder: string,
  charts: readonly ChartSpec[],
  types: Map<string, string>,
  date1904: boolean,
): void {
  const drawing = nextPartName(pkg, `${folder}drawings/`, "drawing");
  const rels: string[] = [];
  const anchors = charts.map((spec, i) => {
    const chart = nextPartName(pkg, `${folder}charts/`, "chart");
    pkg.set(chart, writeChartXml(spec, date1904));
    types.set(chart, CONTENT_TYPE.chart);
    const id = `rId${i + 1}`;
    rels.push(relationship(id, REL.chart, relativeTarget(drawing, chart)));
    return chartAnchorXml(spec, id, i + 2);
  });
  pkg.set(drawing, drawingXml(anchors.join("")));
  pkg.set(relsPathOf(drawing), relationships(rels));
  types.set(drawing, CONTENT_TYPE.drawing);
  pkg.set(relsPathOf(sheetPart), relationships([relationship(DRAWING_REL, REL.drawing, relativeTarget(sheetPart, drawing))]));
}

function relationship(id: string, kind: string, target: string): string {
  return `<Relationship Id="${id}" Type="${TRANSITIONAL_R}/${kind}" Target="${escapeXml(target)}"/>`;
}

function relationships(items: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${REL_NS}">${items.join("")}</Relationships>`;
}
