import { REPORT_SHEET_MARK, REPORT_SHEET_MARK_FORMULA, type ExistingSheet } from "../../../workbook/reportSheetOwnership";
import type { OpcPackage } from "../package/opcPackage";
import { readWorkbookPart } from "../sheet/readWorkbookPart";
import { qualified } from "../xml/editXml";
import { attr, child, children } from "../xml/parseXml";

// What follows <definedNames> in a workbook part, in the order the schema wants (ECMA-376 Part 1, CT_Workbook).
const AFTER_DEFINED_NAMES = new Set([
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
]);

/** Every sheet of the workbook, in order, with whether an earlier report marked it as its own. */
export function readReportMarks(pkg: OpcPackage): ExistingSheet[] {
  const workbook = readWorkbookPart(pkg);
  const list = child(workbook.editor.root, "definedNames");
  const marked = new Set(
    (list ? children(list, "definedName") : [])
      .filter((n) => attr(n, "name")?.toLowerCase() === REPORT_SHEET_MARK.toLowerCase())
      .map((n) => Number(attr(n, "localSheetId"))),
  );
  return workbook.sheets.map((s, i) => ({ name: s.name, marked: marked.has(i) }));
}

/** Marks the named sheets as the report's: a hidden defined name local to each (`localSheetId` is its place among the sheets). */
export function markReportSheets(pkg: OpcPackage, names: readonly string[]): void {
  const workbook = readWorkbookPart(pkg);
  const { editor } = workbook;
  const wanted = new Set(names.map((n) => n.toLowerCase()));
  const tag = qualified(editor.root, "definedName");
  const xml = workbook.sheets
    .flatMap((s, i) => (wanted.has(s.name.toLowerCase()) ? [i] : []))
    .map((i) => `<${tag} name="${REPORT_SHEET_MARK}" localSheetId="${i}" hidden="1">${REPORT_SHEET_MARK_FORMULA}</${tag}>`)
    .join("");
  if (xml === "") {
    return;
  }
  const list = child(editor.root, "definedNames");
  if (list) {
    editor.append(list, xml);
  } else {
    const tagOfList = qualified(editor.root, "definedNames");
    const wrapped = `<${tagOfList}>${xml}</${tagOfList}>`;
    const next = editor.root.children.find((c) => AFTER_DEFINED_NAMES.has(c.local));
    if (next) {
      editor.insertBefore(next, wrapped);
    } else {
      editor.append(editor.root, wrapped);
    }
  }
  pkg.set(workbook.path, editor.toString());
}
