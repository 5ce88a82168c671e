import { parseA1 } from "../../../core/cells";
import type { ChartSpec } from "../../../core/report/chartSpec";
import { escapeXml } from "../xml/xmlText";

const XDR = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing";
const A = "http://schemas.openxmlformats.org/drawingml/2006/main";
const C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A drawing part holding the given anchors. */
export function drawingXml(anchors: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="${XDR}" xmlns:a="${A}">${anchors}</xdr:wsDr>`;
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

function marker(which: "from" | "to", col: number, row: number): string {
  return `<xdr:${which}><xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${which}>`;
}
