import { qualified } from "../xml/editXml";
import { attr, children } from "../xml/parseXml";
import { editPart } from "./editPart";
import { escapeXml } from "../xml/xmlText";
import type { OpcPackage } from "./opcPackage";
import { relsPathOf, resolveTarget } from "./partNames";

export const REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
/** Relationship types by their last path step: transitional and strict files differ only before it. */
export const REL = {
  officeDocument: "officeDocument",
  worksheet: "worksheet",
  sharedStrings: "sharedStrings",
  styles: "styles",
  drawing: "drawing",
  chart: "chart",
  table: "table",
  comments: "comments",
  threadedComment: "threadedComment",
  vmlDrawing: "vmlDrawing",
  calcChain: "calcChain",
  extendedProperties: "extended-properties",
} as const;
const TRANSITIONAL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

export interface Relationship {
  id: string;
  type: string;
  target: string;
  /** The part the target names, resolved; undefined for external targets. */
  part?: string;
}

/** True when a relationship type is the given kind, in either OOXML flavour. */
export function isRel(type: string, kind: string): boolean {
  return type.endsWith(`/${kind}`);
}

/** The relationships of a part ("" for the package's own); none when it has no rels part. */
export function readRelationships(pkg: OpcPackage, partName: string): Relationship[] {
  const text = pkg.text(relsPathOf(partName));
  if (text === undefined) {
    return [];
  }
  const editor = editPart(pkg, relsPathOf(partName), text);
  return children(editor.root, "Relationship").map((r) => {
    const target = attr(r, "Target") ?? "";
    const external = attr(r, "TargetMode") === "External";
    return { id: attr(r, "Id") ?? "", type: attr(r, "Type") ?? "", target, part: external ? undefined : resolveTarget(partName, target) };
  });
}

/** Adds a relationship to a part's rels (creating the rels part) and returns its new id. */
export function addRelationship(pkg: OpcPackage, partName: string, kind: string, target: string): string {
  const path = relsPathOf(partName);
  const text = pkg.text(path);
  const taken = new Set(readRelationships(pkg, partName).map((r) => r.id));
  let n = taken.size + 1;
  while (taken.has(`rId${n}`)) {
    n++;
  }
  const id = `rId${n}`;
  const element = (name: string) => `<${name} Id="${id}" Type="${TRANSITIONAL}${kind}" Target="${escapeXml(target)}"/>`;
  if (text === undefined) {
    pkg.set(
      path,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${REL_NS}">${element("Relationship")}</Relationships>`,
    );
    return id;
  }
  const editor = editPart(pkg, path, text);
  editor.append(editor.root, element(qualified(editor.root, "Relationship")));
  pkg.set(path, editor.toString());
  return id;
}

/** Removes relationships of a part by id; the rels part goes when it is left empty. */
export function removeRelationships(pkg: OpcPackage, partName: string, ids: ReadonlySet<string>): void {
  const path = relsPathOf(partName);
  const text = pkg.text(path);
  if (text === undefined || ids.size === 0) {
    return;
  }
  const editor = editPart(pkg, path, text);
  const all = children(editor.root, "Relationship");
  const gone = all.filter((r) => ids.has(attr(r, "Id") ?? ""));
  if (gone.length === 0) {
    return;
  }
  for (const r of gone) {
    editor.remove(r);
  }
  pkg.set(path, editor.toString());
}
