import { normalizeName } from "../../../core/sheet";
import { CONTENT_TYPES, updateContentTypes } from "../package/contentTypes";
import type { OpcPackage } from "../package/opcPackage";
import { relsPathOf } from "../package/partNames";
import { readRelationships, removeRelationships } from "../package/relationships";
import { readWorkbookPart } from "../sheet/readWorkbookPart";
import { attr, child, children, textOf, type XmlElement } from "../xml/parseXml";
import { dropCalcChain } from "./dropCalcChain";
import { referencedSheets } from "./referencedSheets";

/**
 * Removes sheets by name (as Excel tells sheet names apart: case ignored, so
 * "Risk " is not "Risk") with everything only they used (drawings, charts
 * and their style parts, comments, tables, printer settings): a part goes
 * when no relationship chain from the package root reaches it any more.
 * Names local to a removed sheet (print areas, filters) go with it, as do
 * global names that point at a removed sheet not in `returning`; the other
 * names' sheet indexes, and the active tab, follow the sheets that remain.
 */
export function removeSheets(pkg: OpcPackage, names: readonly string[], returning: readonly string[] = []): void {
  const workbook = readWorkbookPart(pkg);
  const wanted = new Set(names.map((n) => n.toLowerCase()));
  const gone = workbook.sheets.filter((s) => wanted.has(s.name.toLowerCase()));
  if (gone.length === 0) {
    return;
  }
  const before = reachableParts(pkg);
  const { editor } = workbook;
  const goneIndexes = new Set(gone.map((s) => workbook.sheets.indexOf(s)));
  const newIndex = new Map<number, number>();
  workbook.sheets.forEach((_, i) => {
    if (!goneIndexes.has(i)) {
      newIndex.set(i, newIndex.size);
    }
  });
  for (const s of gone) {
    editor.remove(s.element);
  }

  const kept = new Set(workbook.sheets.filter((s) => !gone.includes(s)).map((s) => normalizeName(s.name)));
  for (const r of returning) {
    kept.add(normalizeName(r));
  }
  const removedNames = new Set(gone.map((s) => normalizeName(s.name)).filter((n) => !kept.has(n)));
  const definedNames = child(editor.root, "definedNames");
  const nameElements = definedNames ? children(definedNames, "definedName") : [];
  const renumbered: Array<[XmlElement, number]> = [];
  const dropped = nameElements.filter((name) => {
    const local = attr(name, "localSheetId");
    const index = local === undefined ? undefined : Number(local);
    if (index !== undefined && goneIndexes.has(index)) {
      return true;
    }
    if (referencedSheets(textOf(editor.text, name)).some((s) => removedNames.has(normalizeName(s)))) {
      return true;
    }
    const moved = index === undefined ? undefined : newIndex.get(index);
    if (moved !== undefined && moved !== index) {
      renumbered.push([name, moved]);
    }
    return false;
  });
  // A <definedNames> left empty goes as a whole: the schema wants at least one name in it.
  if (definedNames && dropped.length > 0 && dropped.length === nameElements.length) {
    editor.remove(definedNames);
  } else {
    for (const name of dropped) {
      editor.remove(name);
    }
    for (const [name, index] of renumbered) {
      editor.setAttribute(name, "localSheetId", String(index));
    }
  }

  const views = child(editor.root, "bookViews");
  for (const view of views ? children(views, "workbookView") : []) {
    for (const key of ["activeTab", "firstSheet"]) {
      const value = attr(view, key);
      if (value === undefined) {
        continue;
      }
      const mapped = newIndex.get(Number(value)) ?? 0;
      if (mapped !== Number(value)) {
        editor.setAttribute(view, key, String(mapped));
      }
    }
  }
  pkg.set(workbook.path, editor.toString());

  removeRelationships(pkg, workbook.path, new Set(gone.map((s) => s.relId)));
  // A calculation chain naming cells of removed sheets would need repair.
  dropCalcChain(pkg);

  const after = reachableParts(pkg);
  const orphans = new Set([...before].filter((p) => !after.has(p)));
  for (const part of orphans) {
    pkg.remove(part);
    pkg.remove(relsPathOf(part));
  }
  updateContentTypes(pkg, new Map(), orphans);
}

/** Every part a chain of relationships from the package root reaches (external targets aside). */
export function reachableParts(pkg: OpcPackage): Set<string> {
  const seen = new Set<string>();
  const queue = [""];
  while (queue.length > 0) {
    const from = queue.shift()!;
    for (const rel of readRelationships(pkg, from)) {
      if (!rel.part || !pkg.has(rel.part)) {
        continue;
      }
      const name = pkg.part(rel.part)!.name;
      if (seen.has(name) || name === CONTENT_TYPES) {
        continue;
      }
      seen.add(name);
      queue.push(name);
    }
  }
  return seen;
}
