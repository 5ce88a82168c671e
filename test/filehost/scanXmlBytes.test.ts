import { XmlError } from "../../src/host/file/xml/parseXml";
import { ByteXmlScanner, type ByteXmlHandler } from "../../src/host/file/xml/scanXmlBytes";

const XML =
  `<?xml version="1.0"?><x:worksheet xmlns:x="urn:x"><!-- a comment --><x:sheetData>` +
  `<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Grønn &amp; gul</x:t></x:is></x:c><x:c r="B1" s='2' t="str"><x:v>a &gt; b</x:v></x:c></x:row>` +
  `<x:row r="2"><x:c r="A2"><x:v>-12.5</x:v></x:c><x:c r="B2" t="inlineStr"><x:is><x:t><![CDATA[<ikke en tag>]]></x:t></x:is></x:c></x:row>` +
  // A text run longer than the bytes the scanner joins across a chunk boundary.
  `<x:row r="3"><x:c r="A3" t="inlineStr"><x:is><x:t>${"æ".repeat(6000)}</x:t></x:is></x:c></x:row>` +
  `</x:sheetData></x:worksheet>`;

/** The part's bytes: UTF-8, or UTF-16 with its byte order mark. */
function encode(xml: string, encoding: "utf-8" | "utf-16le" | "utf-16be"): Uint8Array {
  if (encoding === "utf-8") {
    return new TextEncoder().encode(xml);
  }
  const le = Buffer.from(`\ufeff${xml}`, "utf16le");
  return new Uint8Array(encoding === "utf-16le" ? le : le.swap16());
}

/** Every event the scanner reports, as text, with the text runs of each element joined. */
function events(chunkSize: number, bytes = encode(XML, "utf-8")): string[] {
  const out: string[] = [];
  const decoder = new TextDecoder();
  let text = "";
  const handler: ByteXmlHandler = {
    wantsText: false,
    open(buf, s, e, _end, empty) {
      out.push(`<${decoder.decode(buf.subarray(s, e))}${empty ? "/" : ""}>`);
      handler.wantsText = decoder.decode(buf.subarray(s, e)) === "t" || decoder.decode(buf.subarray(s, e)) === "v";
    },
    close(buf, s, e) {
      if (text) {
        out.push(text);
      }
      text = "";
      handler.wantsText = false;
      out.push(`</${decoder.decode(buf.subarray(s, e))}>`);
    },
    text(buf, s, e, cdata) {
      text += (cdata ? "cdata:" : "") + decoder.decode(buf.subarray(s, e));
    },
  };
  const scanner = new ByteXmlScanner(handler, "sheet.xml");
  for (let at = 0; at < bytes.length; at += chunkSize) {
    scanner.push(bytes.subarray(at, at + chunkSize));
  }
  scanner.end();
  return out;
}

describe("the streaming tokenizer of sheet XML", () => {
  const whole = events(1 << 20);

  it("reports tags by local name, and text runs whole, entities and CDATA left to the reader", () => {
    expect(whole).toContain("Grønn &amp; gul");
    expect(whole).toContain("cdata:<ikke en tag>");
    expect(whole.filter((e) => e === "<c>")).toHaveLength(5);
    expect(whole).toContain("æ".repeat(6000));
  });

  it.each([1, 2, 3, 7, 16, 64, 4095, 4097, 9000])("gives the same events when the bytes arrive in chunks of %i", (size) => {
    expect(events(size)).toEqual(whole);
  });
});

describe("the tokenizer on parts other writers make", () => {
  const whole = events(1 << 20);

  it.each([
    ["utf-16le", 1],
    ["utf-16le", 3],
    ["utf-16le", 4097],
    ["utf-16be", 1],
    ["utf-16be", 7],
  ] as const)("reads a part in %s (chunks of %i bytes) as it reads UTF-8", (encoding, size) => {
    expect(events(size, encode(XML, encoding))).toEqual(whole);
  });

  it.each([
    ["cut between two rows", XML.slice(0, XML.indexOf('<x:row r="2">'))],
    ["cut inside a tag", XML.slice(0, XML.indexOf('<x:row r="2">') + 5)],
    ["empty", ""],
  ])("refuses a part %s", (_case, xml) => {
    expect(() => events(64, encode(xml, "utf-8"))).toThrow(XmlError);
  });
});
