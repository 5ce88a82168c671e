import type { OpcPackage } from "../package/opcPackage";
import { isRel, readRelationships, REL } from "../package/relationships";
import { qualified, XmlEditor } from "../xml/editXml";
import { child, textOf, type XmlElement } from "../xml/parseXml";
import { escapeXml } from "../xml/xmlText";

/**
 * Keeps docProps/app.xml's list of worksheet titles (shown by file
 * browsers) in step with the sheets: the group of titles that listed the
 * old sheets is replaced by the new ones. A file without that list, or whose
 * list does not match (it is advisory), is left as it is.
 */
export function updateAppProperties(pkg: OpcPackage, before: readonly string[], after: readonly string[]): void {
  if (before.length === after.length && before.every((n, i) => n === after[i])) {
    return;
  }
  const part = readRelationships(pkg, "").find((r) => isRel(r.type, REL.extendedProperties))?.part;
  const text = part && pkg.text(part);
  if (!part || !text) {
    return;
  }
  let editor: XmlEditor;
  try {
    editor = new XmlEditor(text, part);
  } catch {
    return;
  }
  const pairs = vectorOf(child(editor.root, "HeadingPairs"));
  const titles = vectorOf(child(editor.root, "TitlesOfParts"));
  if (!pairs || !titles) {
    return;
  }
  const variants = pairs.children;
  let offset = 0;
  for (let k = 0; k + 1 < variants.length; k += 2) {
    const countElement = variants[k + 1].children[0];
    const count = Number(countElement ? textOf(editor.text, countElement) : NaN);
    if (!Number.isInteger(count)) {
      return;
    }
    const slice = titles.children.slice(offset, offset + count);
    if (slice.length === before.length && slice.every((t, i) => textOf(editor.text, t) === before[i])) {
      editor.replaceContent(countElement, String(after.length));
      const lpstr = slice[0]?.name ?? qualified(titles, "lpstr");
      const xml = after.map((n) => `<${lpstr}>${escapeXml(n)}</${lpstr}>`).join("");
      for (const t of slice) {
        editor.remove(t);
      }
      const next = titles.children[offset + count];
      if (next) {
        editor.insertBefore(next, xml);
      } else {
        editor.append(titles, xml);
      }
      editor.setAttribute(titles, "size", String(titles.children.length - before.length + after.length));
      pkg.set(part, editor.toString());
      return;
    }
    offset += count;
  }
}

function vectorOf(element: XmlElement | undefined): XmlElement | undefined {
  return element && child(element, "vector");
}
