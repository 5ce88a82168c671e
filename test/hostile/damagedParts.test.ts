import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { FileWorkbook } from "../../src/host/file/fileWorkbook";
import { UnusableInputError } from "../../src/workbook/errors";
import { editRows, handPackage, notWellFormed, partTexts, sheetDataOf, sheetXml } from "../filehost/handPackage";
import { run, SAMPLE, tempDir } from "./hostileFiles";

/** The sample register with one part's text changed. */
async function sampleWith(part: string, change: (xml: string) => string): Promise<string> {
  const zip = await JSZip.loadAsync(readFileSync(SAMPLE));
  zip.file(part, change(await zip.file(part)!.async("string")));
  const file = join(tempDir(), "register.xlsx");
  writeFileSync(file, await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
  return file;
}

describe("a damaged sheet or shared string part", () => {
  it.each<[string, string, (xml: string) => string]>([
    ["a sheet cut off inside a tag", "xl/worksheets/sheet1.xml", (xml) => xml.slice(0, xml.length - 200)],
    ["a sheet cut off between two rows", "xl/worksheets/sheet1.xml", (xml) => xml.slice(0, xml.indexOf('<row r="5"'))],
    ["a sheet with a document type declaration", "xl/worksheets/sheet1.xml", (xml) => xml.replace("?>", "?><!DOCTYPE worksheet>")],
    ["shared strings cut off", "xl/sharedStrings.xml", (xml) => xml.slice(0, xml.length / 2)],
    [
      "shared strings with a document type declaration",
      "xl/sharedStrings.xml",
      (xml) => xml.replace("?>", '?><!DOCTYPE sst [<!ENTITY x "y">]>'),
    ],
  ])("makes the file unusable with one line naming the part, never an internal error: %s", async (_case, part, change) => {
    const file = await sampleWith(part, change);
    const result = await run("check", file);
    expect(result.code).toBe(2);
    expect(result.err.split("\n")).toHaveLength(1);
    expect(result.err).toContain(`kan ikke leses som arbeidsbok: ${part}`);
  });
});

describe("rows the lenient reader takes but an import must parse to rewrite", () => {
  it("odd cell addresses are read as the reader reads them (the letters; none: the next column)", async () => {
    const input = await handPackage({ sheets: { Rapporter: sheetXml('<row r="1"><c r="A"><v>1</v></c><c r="7"><v>2</v></c></row>') } });
    const out = await editRows(input, "Rapporter", [
      { kind: "set", row: 1, cells: [{ column: 3, value: 3 }] },
      { kind: "insert", row: 1, rows: [[{ column: 1, value: 0 }]] },
    ]);
    expect(sheetDataOf((await partTexts(out)).get("xl/worksheets/sheet1.xml")!)).toBe(
      '<sheetData><row r="1"><c r="A1"><v>0</v></c></row><row r="2"><c r="A2"><v>1</v></c><c r="B2"><v>2</v></c><c r="C2"><v>3</v></c></row></sheetData>',
    );
  });

  it("a row that is not well-formed makes the import refuse the file with one line, the register as it was", async () => {
    const rows = '<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2"><v>2</v></c></rad></row>';
    const input = await handPackage({ sheets: { Rapporter: sheetXml(rows) } });
    const workbook = await FileWorkbook.open(input, "register.xlsx");
    expect((await workbook.readSheets())[0].values).toEqual([[1], [2]]);
    const edits = {
      sheets: [{ sheet: "Rapporter", ops: [{ kind: "insert" as const, row: 3, rows: [[{ column: 1, value: 3 }]], styleFrom: 2 }] }],
      log: { sheet: "Logg", header: [], rows: [] },
    };
    const error = await workbook.applyRegisterEdits(edits).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UnusableInputError);
    expect((error as UnusableInputError).detail).toContain("</rad>");
    expect(await partTexts(await workbook.save())).toEqual(await partTexts(input));
  });

  it('a date cell (t="d") that holds no date is read as its text, so the checks can name it', async () => {
    const input = await handPackage({ sheets: { Rapporter: sheetXml('<row r="1"><c r="A1" t="d"><v>snart</v></c></row>') } });
    expect((await (await FileWorkbook.open(input, "register.xlsx")).readSheets())[0].values).toEqual([["snart"]]);
  });
});

describe("parts in UTF-16", () => {
  const utf16 = (xml: string) =>
    new Uint8Array(
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml.replace('encoding="UTF-8"', 'encoding="UTF-16"'), "utf16le")]),
    );
  const sheet = sheetXml('<row r="1"><c r="A1"><v>42</v></c><c r="B1" t="s"><v>0</v></c></row>');
  const strings =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>Grønn</t></si></sst>';
  async function register(): Promise<Uint8Array> {
    return handPackage({
      sheets: { Rapporter: sheet },
      relsExtra:
        '<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>',
      parts: { "xl/worksheets/sheet1.xml": utf16(sheet), "xl/sharedStrings.xml": utf16(strings) },
    });
  }

  it("are read, sheet and shared strings alike", async () => {
    expect((await (await FileWorkbook.open(await register(), "register.xlsx")).readSheets())[0].values).toEqual([[42, "Grønn"]]);
  });

  it("are written back as UTF-8 that says so, when an import rewrites them", async () => {
    const out = await editRows(await register(), "Rapporter", [{ kind: "set", row: 2, cells: [{ column: 1, value: "ny" }] }]);
    const xml = (await partTexts(out)).get("xl/worksheets/sheet1.xml")!;
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"')).toBe(true);
    expect(notWellFormed(out)).toEqual([]);
    expect((await (await FileWorkbook.open(out, "register.xlsx")).readSheets())[0].values).toEqual([
      [42, "Grønn"],
      ["ny", null],
    ]);
  });
});
