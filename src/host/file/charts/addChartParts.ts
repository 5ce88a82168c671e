import JSZip from "jszip";
import type { ChartSpec } from "../../../core/report/chartSpec";
import { HostError } from "../../../workbook/errors";
import { attachDrawing, drawingRelId } from "./attachDrawing";
import { locateWorksheets, worksheetPart } from "./locateWorksheets";
import {
  addContentType, addRelationship, CONTENT_TYPE, nextPartPath, readPart, readRelationships,
  REL_TYPE, relativeTarget, resolveTarget,
} from "./packageParts";
import { writeChartXml } from "./writeChartXml";
import { appendAnchors, chartAnchorXml, emptyDrawingXml } from "./writeDrawingXml";

/**
 * Adds native charts to .xlsx bytes written by exceljs (which cannot write
 * charts): a chart part per spec, anchored in its sheet's drawing, with the
 * relationships and content types a reader needs. Returns new bytes; the
 * result must not go back through exceljs, which would drop the charts again.
 */
export async function addChartParts(bytes: Uint8Array, specs: readonly ChartSpec[]): Promise<Uint8Array> {
  if (specs.length === 0) return bytes;
  const zip = await JSZip.loadAsync(bytes);
  const worksheets = await locateWorksheets(zip);
  const bySheet = new Map<string, ChartSpec[]>();
  for (const spec of specs) {
    const part = worksheetPart(worksheets, spec.sheet);
    bySheet.set(part, [...(bySheet.get(part) ?? []), spec]);
  }
  for (const [sheetPart, sheetSpecs] of bySheet) await addSheetCharts(zip, sheetPart, sheetSpecs);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

async function addSheetCharts(zip: JSZip, sheetPart: string, specs: readonly ChartSpec[]): Promise<void> {
  const drawingPart = await drawingOf(zip, sheetPart);
  const relIds: string[] = [];
  for (const spec of specs) {
    const chartPart = nextPartPath(zip, "xl/charts", "chart");
    zip.file(chartPart, writeChartXml(spec));
    await addContentType(zip, chartPart, CONTENT_TYPE.chart);
    relIds.push(await addRelationship(zip, drawingPart, REL_TYPE.chart, relativeTarget(drawingPart, chartPart)));
  }
  const drawing = await readPart(zip, drawingPart);
  zip.file(drawingPart, appendAnchors(drawing, (first) => specs.map((s, i) => chartAnchorXml(s, relIds[i], first + i)).join("")));
}

// A sheet has at most one drawing: charts join the one it has (pictures stay), or a new one is made.
async function drawingOf(zip: JSZip, sheetPart: string): Promise<string> {
  const sheetXml = await readPart(zip, sheetPart);
  const existingId = drawingRelId(sheetXml);
  if (existingId !== undefined) {
    const rel = (await readRelationships(zip, sheetPart)).find((r) => r.id === existingId);
    const path = rel && resolveTarget(sheetPart, rel.target);
    if (!path || !zip.file(path)) throw new HostError(`Cannot add charts to ${sheetPart}: its drawing ${existingId} is missing`);
    return path;
  }
  const drawingPart = nextPartPath(zip, "xl/drawings", "drawing");
  zip.file(drawingPart, emptyDrawingXml());
  await addContentType(zip, drawingPart, CONTENT_TYPE.drawing);
  const relId = await addRelationship(zip, sheetPart, REL_TYPE.drawing, relativeTarget(sheetPart, drawingPart));
  zip.file(sheetPart, attachDrawing(sheetXml, relId));
  return drawingPart;
}
