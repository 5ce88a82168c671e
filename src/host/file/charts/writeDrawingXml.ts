import { parseA1 } from "../../../core/cells";
import type { ChartSpec } from "../../../core/report/chartSpec";
import { HostError } from "../../../workbook/errors";
import { escapeXml } from "./xmlText";

const XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** An empty drawing part, ready for anchors. */
export function emptyDrawingXml(): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${XDR}" xmlns:a="${A}"></xdr:wsDr>`;
}

/**
 * One chart's anchor in a drawing: from the spec's top-left cell across its
 * columns and rows, so the chart moves and sizes with those cells. Namespaces
 * are declared on the anchor itself so it fits any drawing part it joins.
 */
export function chartAnchorXml(spec: ChartSpec, relId: string, shapeId: number): string {
  const from = parseA1(spec.anchor.from);
  const col = from.column - 1;
  const row = from.row - 1;
  return [
    `<xdr:twoCellAnchor xmlns:xdr="${XDR}" xmlns:a="${A}">`,
    marker("from", col, row),
    marker("to", col + spec.anchor.columns, row + spec.anchor.rows),
    '<xdr:graphicFrame macro="">',
    `<xdr:nvGraphicFramePr><xdr:cNvPr id="${shapeId}" name="${escapeXml(`Chart ${shapeId - 1}`)}" descr="${escapeXml(spec.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>`,
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>',
    `<a:graphic><a:graphicData uri="${C}"><c:chart xmlns:c="${C}" xmlns:r="${R}" r:id="${relId}"/></a:graphicData></a:graphic>`,
    "</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>",
  ].join("");
}

/** Adds anchors to a drawing part; shape ids continue after those it already has. */
export function appendAnchors(drawingXml: string, anchors: (firstShapeId: number) => string): string {
  const ids = [...drawingXml.matchAll(/<(?:[\w.-]+:)?cNvPr\b[^>]*\sid="(\d+)"/g)].map((m) => Number(m[1]));
  const next = Math.max(1, ...ids) + 1;
  const empty = /<((?:[\w.-]+:)?wsDr)\b([^>]*?)\/>\s*$/.exec(drawingXml);
  if (empty) return `${drawingXml.slice(0, empty.index)}<${empty[1]}${empty[2]}>${anchors(next)}</${empty[1]}>`;
  const close = /<\/(?:[\w.-]+:)?wsDr>\s*$/.exec(drawingXml);
  if (!close) throw new HostError("Cannot add charts: a worksheet's drawing part is not a spreadsheet drawing");
  return drawingXml.slice(0, close.index) + anchors(next) + drawingXml.slice(close.index);
}

function marker(which: "from" | "to", col: number, row: number): string {
  return `<xdr:${which}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${which}>`;
}
