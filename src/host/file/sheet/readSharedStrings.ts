import type { OpcPackage } from "../package/opcPackage";
import { ByteXmlScanner, isName, type ByteXmlHandler } from "../xml/scanXmlBytes";
import { TextRuns } from "./cellText";

/**
 * The shared string table: each <si> as its text, rich runs joined, phonetic
 * runs (<rPh>) left out as Excel leaves them out of a cell's value.
 */
export async function readSharedStrings(pkg: OpcPackage, part: string | undefined): Promise<string[]> {
  const strings: string[] = [];
  if (!part) {
    return strings;
  }
  const runs = new TextRuns();
  let inItem = false;
  let phonetic = 0;
  const handler: ByteXmlHandler = {
    wantsText: false,
    open(buf, s, e, _end, empty) {
      if (isName(buf, s, e, "si")) {
        inItem = !empty;
        if (empty) {
          strings.push("");
        }
      } else if (isName(buf, s, e, "rPh")) {
        if (!empty) {
          phonetic++;
        }
      } else if (isName(buf, s, e, "t") && inItem && phonetic === 0 && !empty) {
        handler.wantsText = true;
      }
    },
    close(buf, s, e) {
      if (isName(buf, s, e, "t")) {
        handler.wantsText = false;
      } else if (isName(buf, s, e, "rPh")) {
        phonetic--;
      } else if (isName(buf, s, e, "si")) {
        strings.push(runs.take());
        inItem = false;
      }
    },
    text(buf, start, end, cdata) {
      runs.add(buf, start, end, cdata);
    },
  };
  const scanner = new ByteXmlScanner(handler, part);
  await pkg.stream(part, (chunk) => scanner.push(chunk));
  scanner.end();
  return strings;
}
