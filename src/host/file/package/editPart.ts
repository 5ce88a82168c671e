import { UnusableInputError } from "../../../workbook/errors";
import { XmlEditor } from "../xml/editXml";
import { XmlError } from "../xml/parseXml";
import type { OpcPackage } from "./opcPackage";

/** A part's XML, parsed for reading and editing; a part that is not well-formed makes the file unusable, said in one line. */
export function editPart(pkg: OpcPackage, path: string, text: string): XmlEditor {
  try {
    return new XmlEditor(text, path);
  } catch (e) {
    if (e instanceof XmlError) throw new UnusableInputError("unreadable", pkg.file, e.message);
    throw e;
  }
}
