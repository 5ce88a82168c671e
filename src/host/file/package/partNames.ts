import type { OpcPackage } from "./opcPackage";

/** The relationships part that belongs to a part: xl/worksheets/sheet1.xml → xl/worksheets/_rels/sheet1.xml.rels; "" is the package. */
export function relsPathOf(partName: string): string {
  const slash = partName.lastIndexOf("/");
  return `${partName.slice(0, slash + 1)}_rels/${partName.slice(slash + 1)}.rels`;
}

/**
 * A relationship target resolved to a part name: relative to the folder of
 * the part that holds it, or absolute ("/xl/worksheets/sheet1.xml");
 * percent-escapes decoded, since zip entries carry the plain names.
 */
export function resolveTarget(partName: string, target: string): string {
  const base = target.startsWith("/") ? [] : partName.split("/").slice(0, -1);
  for (const step of target.replace(/^\//, "").split(/[?#]/)[0].split("/")) {
    if (step === "..") {
      base.pop();
    } else if (step !== "." && step !== "") {
      base.push(decodeStep(step));
    }
  }
  return base.join("/");
}

function decodeStep(step: string): string {
  try {
    return decodeURIComponent(step);
  } catch {
    return step;
  }
}

/** A target as a relative path from one part's folder to another part. */
export function relativeTarget(fromPart: string, toPart: string): string {
  const from = fromPart.split("/").slice(0, -1);
  const to = toPart.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) {
    common++;
  }
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].map(encodeURI).join("/");
}

/** The folder a part is in, with its trailing slash ("" at the root). */
export function folderOf(partName: string): string {
  return partName.slice(0, partName.lastIndexOf("/") + 1);
}

/** The first free name of a numbered family, e.g. xl/charts/chart3.xml (free in any case). */
export function nextPartName(pkg: OpcPackage, folder: string, stem: string, taken: ReadonlySet<string> = new Set()): string {
  let n = 1;
  const name = () => `${folder}${stem}${n}.xml`;
  while (pkg.has(name()) || taken.has(name().toLowerCase())) {
    n++;
  }
  return name();
}
