import { UnusableInputError } from "../../../workbook/errors";
import { qualified } from "../xml/editXml";
import { attr, children } from "../xml/parseXml";
import { editPart } from "./editPart";
import { escapeXml } from "../xml/xmlText";
import type { OpcPackage } from "./opcPackage";

export const CONTENT_TYPES = "[Content_Types].xml";
export const CONTENT_TYPE = {
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
};

/**
 * Edits [Content_Types].xml: declares the parts added and forgets the parts
 * removed, in one pass over the part (it is written once, by `save`).
 */
export function updateContentTypes(pkg: OpcPackage, added: ReadonlyMap<string, string>, removed: ReadonlySet<string>): void {
  if (added.size === 0 && removed.size === 0) {
    return;
  }
  const text = pkg.text(CONTENT_TYPES);
  if (text === undefined) {
    throw new UnusableInputError("not-xlsx", pkg.file, "no [Content_Types].xml");
  }
  const editor = editPart(pkg, CONTENT_TYPES, text);
  const gone = new Set([...removed].map((p) => `/${p}`.toLowerCase()));
  const declared = new Set<string>();
  for (const o of children(editor.root, "Override")) {
    const name = decodePartName(attr(o, "PartName") ?? "").toLowerCase();
    if (gone.has(name)) {
      editor.remove(o);
    } else {
      declared.add(name);
    }
  }
  const element = qualified(editor.root, "Override");
  const xml = [...added]
    .filter(([part]) => !declared.has(`/${part}`.toLowerCase()))
    .map(([part, type]) => `<${element} PartName="/${escapeXml(part)}" ContentType="${type}"/>`)
    .join("");
  if (xml) {
    editor.append(editor.root, xml);
  }
  if (editor.changed) {
    pkg.set(CONTENT_TYPES, editor.toString());
  }
}

function decodePartName(name: string): string {
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/** The file extension each kind of workbook must carry: Excel refuses a file whose extension does not match its main part. */
const EXTENSIONS: ReadonlyArray<[string, WorkbookExtension]> = [
  ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", ".xlsx"],
  ["application/vnd.ms-excel.sheet.macroEnabled.main+xml", ".xlsm"],
  ["application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml", ".xltx"],
  ["application/vnd.ms-excel.template.macroEnabled.main+xml", ".xltm"],
  ["application/vnd.ms-excel.addin.macroEnabled.main+xml", ".xlam"],
];

export type WorkbookExtension = ".xlsx" | ".xlsm" | ".xltx" | ".xltm" | ".xlam";

/**
 * The extension a package's workbook part asks for, by its content type:
 * .xlsm for a workbook with macros, .xltx for a template, and so on
 * (.xlsx when the type is missing or unknown).
 */
export function workbookExtension(pkg: OpcPackage, workbookPart: string): WorkbookExtension {
  const text = pkg.text(CONTENT_TYPES);
  if (text === undefined) {
    return ".xlsx";
  }
  const { root } = editPart(pkg, CONTENT_TYPES, text);
  const name = `/${workbookPart}`.toLowerCase();
  const override = children(root, "Override").find((o) => decodePartName(attr(o, "PartName") ?? "").toLowerCase() === name);
  const suffix = workbookPart.slice(workbookPart.lastIndexOf(".") + 1).toLowerCase();
  const fallback = children(root, "Default").find((d) => (attr(d, "Extension") ?? "").toLowerCase() === suffix);
  const type = attr(override ?? fallback ?? root, "ContentType")?.toLowerCase();
  return EXTENSIONS.find(([t]) => t.toLowerCase() === type)?.[1] ?? ".xlsx";
}
