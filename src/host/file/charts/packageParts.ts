import type JSZip from "jszip";
import { HostError } from "../../../workbook/errors";
import { escapeXml, findTags, readAttributes } from "./xmlText";

export const REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
export const REL_TYPE = {
  worksheet: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet",
  drawing: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing",
  chart: "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart",
};
export const CONTENT_TYPE = {
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
};

export interface Relationship {
  id: string;
  type: string;
  target: string;
}

/** Reads a part as text; a missing part is a broken package, said plainly. */
export async function readPart(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new HostError(`The saved workbook has no ${path}`);
  return file.async("string");
}

/** The relationships part that belongs to a part: xl/worksheets/sheet1.xml → xl/worksheets/_rels/sheet1.xml.rels. */
export function relsPathOf(partPath: string): string {
  const slash = partPath.lastIndexOf("/");
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
}

/** A relationship target resolved against the folder of the part that holds it. */
export function resolveTarget(partPath: string, target: string): string {
  const base = target.startsWith("/") ? [] : partPath.split("/").slice(0, -1);
  for (const step of target.replace(/^\//, "").split("/")) {
    if (step === "..") base.pop();
    else if (step !== "." && step !== "") base.push(step);
  }
  return base.join("/");
}

/** The relationships of a part (none when it has no rels part yet). */
export async function readRelationships(zip: JSZip, partPath: string): Promise<Relationship[]> {
  const file = zip.file(relsPathOf(partPath));
  if (!file) return [];
  return findTags(await file.async("string"), "Relationship").map((tag) => {
    const a = readAttributes(tag);
    return { id: a.get("Id") ?? "", type: a.get("Type") ?? "", target: a.get("Target") ?? "" };
  });
}

/** Adds a relationship to a part's rels (creating it) and returns the new id. */
export async function addRelationship(zip: JSZip, partPath: string, type: string, target: string): Promise<string> {
  const path = relsPathOf(partPath);
  const existing = await readRelationships(zip, partPath);
  const taken = new Set(existing.map((r) => r.id));
  let n = existing.length + 1;
  while (taken.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const element = `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(target)}"/>`;
  const xml = zip.file(path)
    ? (await readPart(zip, path)).replace(/<\/Relationships>\s*$/, `${element}</Relationships>`)
    : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${REL_NS}">${element}</Relationships>`;
  zip.file(path, xml);
  return id;
}

/** Declares a part's content type in [Content_Types].xml, unless it already is. */
export async function addContentType(zip: JSZip, partPath: string, contentType: string): Promise<void> {
  const xml = await readPart(zip, "[Content_Types].xml");
  const partName = `/${partPath}`;
  if (findTags(xml, "Override").some((tag) => readAttributes(tag).get("PartName") === partName)) return;
  const element = `<Override PartName="${escapeXml(partName)}" ContentType="${contentType}"/>`;
  zip.file("[Content_Types].xml", xml.replace(/<\/Types>\s*$/, `${element}</Types>`));
}

/** The first free part path of a numbered family, e.g. xl/charts/chart3.xml. */
export function nextPartPath(zip: JSZip, folder: string, stem: string): string {
  let n = 1;
  while (zip.file(`${folder}/${stem}${n}.xml`)) n++;
  return `${folder}/${stem}${n}.xml`;
}

/** A target as a relative path from one part's folder to another part. */
export function relativeTarget(fromPart: string, toPart: string): string {
  const from = fromPart.split("/").slice(0, -1);
  const to = toPart.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}
