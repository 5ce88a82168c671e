import type { OpcPackage } from "../package/opcPackage";
import { editPart } from "../package/editPart";
import { attr, child, children } from "../xml/parseXml";
import { isDateFormat } from "./isDateFormat";

/**
 * Which cell formats (by their index, a cell's s="…") show numbers as dates:
 * the only thing the reader needs from styles.xml.
 */
export function readDateStyles(pkg: OpcPackage, part: string | undefined): boolean[] {
  const text = part && pkg.text(part);
  if (!text) {
    return [];
  }
  const { root } = editPart(pkg, part, text);
  const custom = new Map<number, string>();
  const numFmts = child(root, "numFmts");
  for (const f of numFmts ? children(numFmts, "numFmt") : []) {
    custom.set(Number(attr(f, "numFmtId")), attr(f, "formatCode") ?? "");
  }
  const cellXfs = child(root, "cellXfs");
  return (cellXfs ? children(cellXfs, "xf") : []).map((xf) => {
    const id = Number(attr(xf, "numFmtId") ?? 0);
    const code = custom.get(id);
    return code !== undefined ? isDateFormat(code) : isBuiltInDate(id);
  });
}

// Excel's built-in date and time formats (ECMA-376 part 1, 18.8.30), with the East Asian ones.
function isBuiltInDate(id: number): boolean {
  return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
}
