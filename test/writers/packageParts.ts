import type JSZip from "jszip";

/** Every part of a package (folders left out). */
export function partsOf(zip: JSZip): string[] {
  return Object.keys(zip.files).filter((p) => !zip.files[p].dir);
}

/** A part's uncompressed bytes, or undefined when the package has no such part. */
export async function partBytes(zip: JSZip, name: string): Promise<Buffer | undefined> {
  const file = zip.file(name);
  return file ? Buffer.from(await file.async("uint8array")) : undefined;
}

function targets(rels: string, typeEnd: string): string[] {
  return [...rels.matchAll(/<Relationship\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => new RegExp(`Type="[^"]*/${typeEnd}"`).test(tag))
    .map((tag) => /Target="([^"]+)"/.exec(tag)![1]);
}

function resolve(from: string, target: string): string {
  if (target.startsWith("/")) {
    return target.slice(1);
  }
  const folder = from.slice(0, from.lastIndexOf("/") + 1);
  return decodeURIComponent(new URL(target, `file:///${folder}`).pathname.slice(1));
}

/**
 * The index parts a command may edit: the workbook part and its
 * relationships, [Content_Types].xml, the document properties, styles and
 * shared strings. Found through the relationships, as writers name parts freely.
 */
export async function indexParts(zip: JSZip): Promise<Set<string>> {
  const root = await zip.file("_rels/.rels")!.async("string");
  const workbook = resolve("", targets(root, "officeDocument")[0]);
  const props = [...targets(root, "core-properties"), ...targets(root, "extended-properties")].map((t) => resolve("", t));
  const relsPath = `${workbook.slice(0, workbook.lastIndexOf("/") + 1)}_rels/${workbook.slice(workbook.lastIndexOf("/") + 1)}.rels`;
  const rels = await zip.file(relsPath)!.async("string");
  const shared = [...targets(rels, "styles"), ...targets(rels, "sharedStrings")].map((t) => resolve(workbook, t));
  return new Set(["[Content_Types].xml", workbook, relsPath, ...props, ...shared]);
}
