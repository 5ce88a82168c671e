import { UnusableInputError } from "../../workbook/errors";
import { inspectZip } from "./package/inspectZip";
import { OpcPackage } from "./package/opcPackage";
import { readWorkbookPart } from "./sheet/readWorkbookPart";
import { qualified } from "./xml/editXml";
import { child } from "./xml/parseXml";

/**
 * Locks a workbook's structure (no renaming, moving, hiding, unhiding or
 * deleting sheets), which exceljs cannot write. Without a password, like the
 * sheet protection: it guards against slips, not against intent.
 */
export function lockWorkbookStructure(bytes: Uint8Array): Uint8Array {
  const pkg = new OpcPackage(bytes, inspectZip(bytes, "template.xlsx"), "template.xlsx");
  let workbook;
  try {
    workbook = readWorkbookPart(pkg);
  } catch (e) {
    if (e instanceof UnusableInputError) {
      return bytes;
    }
    throw e;
  }
  const { editor } = workbook;
  if (child(editor.root, "workbookProtection")) {
    return bytes;
  }
  // The schema wants workbookProtection right before bookViews (or sheets when there are no views).
  const anchor = child(editor.root, "bookViews") ?? child(editor.root, "sheets");
  if (!anchor) {
    return bytes;
  }
  editor.insertBefore(anchor, `<${qualified(editor.root, "workbookProtection")} lockStructure="1"/>`);
  pkg.set(workbook.path, editor.toString());
  return pkg.save();
}
