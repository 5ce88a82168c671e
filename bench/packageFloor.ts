/**
 * The package floor: what any reader of the register must do at least —
 * inflate every worksheet part and tokenize every cell — with the file
 * host's own inflater and tokenizer, and nothing kept.
 */
import { inflateEntryAsync } from "../src/host/file/package/inflateEntry";
import { readZipDirectory } from "../src/host/file/package/readZipDirectory";
import { ByteXmlScanner, type ByteXmlHandler } from "../src/host/file/xml/scanXmlBytes";

/** Inflates and scans every worksheet part; returns the number of cells seen. */
export async function scanPackage(bytes: Uint8Array): Promise<number> {
  let cells = 0;
  const handler: ByteXmlHandler = {
    wantsText: false,
    open(buf, s, e) {
      if (e - s === 1 && buf[s] === 0x63 /* c */) {
        cells++;
      }
    },
    close() {},
    text() {},
  };
  for (const entry of readZipDirectory(bytes, "bench.xlsx")) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(entry.name)) {
      continue;
    }
    const scanner = new ByteXmlScanner(handler, entry.name);
    await inflateEntryAsync(bytes, entry, "bench.xlsx", (chunk) => scanner.push(chunk));
    scanner.end();
  }
  return cells;
}
