import { UnusableInputError } from "../../../workbook/errors";
import { XmlEditor } from "../xml/editXml";
import { XmlError } from "../xml/parseXml";
import type { OpcPackage } from "./opcPackage";

/** A part's XML, parsed for reading and editing; a part that is not well-formed makes the file unusable, said in one line. */
export function editPart(pkg: OpcPackage, path: string, text: string): XmlEditor {
  try {
    return new XmlEditor(text, path);
  } catch (e) {
    if (e instanceof XmlError) {
      throw new UnusableInputError("unreadable", pkg.file, e.message);
    }
    throw e;
  }
}

/**
 * Runs a command's reading or writing of the package: a part found not to be
 * well-formed on the way (a truncated sheet, a declaration of a document
 * type) makes the file unusable, said in one line, and the package is left
 * as it was before the command. Any other failure is not the file's and
 * passes as it is.
 */
export async function onWellFormedParts<T>(pkg: OpcPackage, work: () => Promise<T>): Promise<T> {
  const before = pkg.snapshot();
  try {
    return await work();
  } catch (e) {
    pkg.restore(before);
    if (e instanceof XmlError) {
      throw new UnusableInputError("unreadable", pkg.file, e.message);
    }
    throw e;
  }
}
