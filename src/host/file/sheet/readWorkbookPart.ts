import { UnusableInputError } from "../../../workbook/errors";
import type { OpcPackage } from "../package/opcPackage";
import { isRel, readRelationships, REL, type Relationship } from "../package/relationships";
import { type XmlEditor } from "../xml/editXml";
import { attr, child, children, relAttr, type XmlElement } from "../xml/parseXml";
import { editPart } from "../package/editPart";

/** One sheet as workbook.xml lists it. */
export interface SheetEntry {
  name: string;
  sheetId: number;
  state: "visible" | "hidden" | "veryHidden";
  relId: string;
  /** The sheet's part; undefined when its relationship is missing. */
  part?: string;
  /** Worksheets hold cells; chart sheets, dialog and macro sheets do not. */
  worksheet: boolean;
  element: XmlElement;
}

/** workbook.xml read: its sheets in order, the date system, and where the shared parts are. */
export interface WorkbookPart {
  path: string;
  editor: XmlEditor;
  sheets: SheetEntry[];
  date1904: boolean;
  relationships: Relationship[];
  sharedStrings?: string;
  styles?: string;
  /** True for strict OOXML (ISO/IEC 29500 strict namespaces). */
  strict: boolean;
}

const STRICT_MAIN = "http://purl.oclc.org/ooxml/spreadsheetml/main";

/**
 * Finds the workbook part through the package's relationships (any part
 * name) and reads it; a package without one is not a workbook.
 */
export function readWorkbookPart(pkg: OpcPackage): WorkbookPart {
  const main = readRelationships(pkg, "").find((r) => isRel(r.type, REL.officeDocument) && r.part);
  const path = main?.part ?? "xl/workbook.xml";
  const text = pkg.text(path);
  if (text === undefined) {
    throw new UnusableInputError("not-xlsx", pkg.file, "no workbook part");
  }
  const editor = editPart(pkg, path, text);
  if (editor.root.local !== "workbook") {
    throw new UnusableInputError("not-xlsx", pkg.file, "no workbook part");
  }
  const relationships = readRelationships(pkg, path);
  const byId = new Map(relationships.map((r) => [r.id, r]));
  const sheetsElement = child(editor.root, "sheets");
  const sheets = (sheetsElement ? children(sheetsElement, "sheet") : []).map((element): SheetEntry => {
    const relId = relAttr(element, "id") ?? "";
    const rel = byId.get(relId);
    const state = attr(element, "state");
    return {
      name: attr(element, "name") ?? "",
      sheetId: Number(attr(element, "sheetId") ?? 0),
      relId,
      part: rel?.part,
      state: state === "hidden" || state === "veryHidden" ? state : "visible",
      worksheet: rel !== undefined && isRel(rel.type, REL.worksheet),
      element,
    };
  });
  const pr = child(editor.root, "workbookPr");
  const date1904 = pr !== undefined && ["1", "true"].includes(attr(pr, "date1904") ?? "");
  const find = (kind: string) => relationships.find((r) => isRel(r.type, kind) && r.part && pkg.has(r.part))?.part;
  const xmlns = editor.root.attributes.find((a) => a.name === (editor.root.prefix ? `xmlns:${editor.root.prefix}` : "xmlns"))?.value;
  return {
    path,
    editor,
    sheets,
    date1904,
    relationships,
    sharedStrings: find(REL.sharedStrings),
    styles: find(REL.styles),
    strict: xmlns === STRICT_MAIN,
  };
}
