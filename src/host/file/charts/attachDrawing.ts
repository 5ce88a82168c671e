import { HostError } from "../../../workbook/errors";
import { findTags, readAttributes } from "./xmlText";

const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
// Children of <worksheet> that the schema places after <drawing>; none of them nests.
const AFTER_DRAWING = ["legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts"];

/** The relationship id of the worksheet's drawing, if it has one. */
export function drawingRelId(worksheetXml: string): string | undefined {
  const tag = findTags(worksheetXml, "drawing")[0];
  if (!tag) return undefined;
  return [...readAttributes(tag)].find(([key]) => /(^|:)id$/.test(key))?.[1];
}

/**
 * Adds <drawing r:id> to a worksheet where the schema wants it (Excel refuses
 * a worksheet whose children are out of order).
 */
export function attachDrawing(worksheetXml: string, relId: string): string {
  const root = /<((?:[\w.-]+:)?)worksheet\b[^>]*>/.exec(worksheetXml);
  if (!root) throw new HostError("Cannot add charts: a sheet's part is not a worksheet");
  const prefix = root[1];
  const rPrefix = [...readAttributes(root[0])].find(([key, value]) => key.startsWith("xmlns:") && value === R)?.[0].slice(6);
  const element = rPrefix
    ? `<${prefix}drawing ${rPrefix}:id="${relId}"/>`
    : `<${prefix}drawing xmlns:r="${R}" r:id="${relId}"/>`;
  const at = insertionPoint(worksheetXml, prefix);
  return worksheetXml.slice(0, at) + element + worksheetXml.slice(at);
}

function insertionPoint(xml: string, prefix: string): number {
  const later = AFTER_DRAWING
    .map((name) => xml.search(new RegExp(`<${escapeRegExp(prefix)}${name}(?=[\\s/>])`)))
    .filter((i) => i >= 0);
  const extLst = worksheetExtLst(xml, prefix);
  if (extLst >= 0) later.push(extLst);
  if (later.length > 0) return Math.min(...later);
  return xml.lastIndexOf(`</${prefix}worksheet>`);
}

// The worksheet's own extLst is its last child; cfRule elements may carry nested ones earlier.
function worksheetExtLst(xml: string, prefix: string): number {
  const tags = [...xml.matchAll(new RegExp(`<(/?)${escapeRegExp(prefix)}extLst(?=[\\s/>])[^>]*?(/?)>`, "g"))];
  let depth = 0;
  let start = -1;
  for (const m of tags) {
    if (m[2] === "/") {
      if (depth === 0) start = m.index;
    } else if (m[1] === "/") {
      depth--;
    } else {
      if (depth === 0) start = m.index;
      depth++;
    }
  }
  const end = xml.lastIndexOf(`</${prefix}worksheet>`);
  const tail = start >= 0 ? xml.slice(start, end) : "";
  return start >= 0 && /extLst\s*\/?>\s*$/.test(tail) ? start : -1;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
