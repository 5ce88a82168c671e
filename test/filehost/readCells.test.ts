import JSZip from "jszip";
import { FileWorkbook } from "../../src/host/file/fileWorkbook";

// A package written by hand, as writers other than exceljs write one: prefixed elements, an absolute target with a
// percent-escape, addresses left out, inline and rich strings with phonetic runs, ISO dates, errors and the 1904 system.
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

async function workbook(options: { date1904?: boolean; sheet: string; styles?: string }): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>`,
  );
  zip.file(
    "_rels/.rels",
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="a" Type="${R}/officeDocument" Target="/book/main.xml"/></Relationships>`,
  );
  zip.file(
    "book/main.xml",
    `<x:workbook xmlns:x="${MAIN}" xmlns:rel="${R}"><x:workbookPr${options.date1904 ? ' date1904="1"' : ""}/><x:sheets>` +
      `<x:sheet name="Skjult" sheetId="2" state="hidden" rel:id="s2"/><x:sheet name="Ark &amp; data" sheetId="1" rel:id="s1"/></x:sheets></x:workbook>`,
  );
  zip.file(
    "book/_rels/main.xml.rels",
    `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="s1" Type="${R}/worksheet" Target="/book/sheets/ark%201.xml"/>` +
      `<Relationship Id="s2" Type="${R}/worksheet" Target="sheets/../sheets/hidden.xml"/>` +
      `<Relationship Id="ss" Type="${R}/sharedStrings" Target="strings.xml"/>` +
      `<Relationship Id="st" Type="${R}/styles" Target="styles.xml"/></Relationships>`,
  );
  zip.file(
    "book/strings.xml",
    `<sst xmlns="${MAIN}"><si><t>Grønn</t></si>` +
      `<si><r><rPr><b/></rPr><t xml:space="preserve">Rød </t></r><r><t>status</t></r><rPh sb="0" eb="1"><t>フリガナ</t></rPh></si>` +
      `<si><t>linje 1&#13;\nlinje_x000D_2</t></si></sst>`,
  );
  zip.file(
    "book/styles.xml",
    options.styles ??
      `<styleSheet xmlns="${MAIN}"><numFmts count="3">` +
        `<numFmt numFmtId="164" formatCode="[$-414]dd\\.mm\\.yyyy"/><numFmt numFmtId="165" formatCode="&quot;Uke &quot;0"/>` +
        `<numFmt numFmtId="166" formatCode="0.00E+00"/></numFmts><cellXfs count="6">` +
        `<xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="166"/><xf numFmtId="46"/><xf numFmtId="31"/></cellXfs></styleSheet>`,
  );
  zip.file("book/sheets/ark 1.xml", options.sheet);
  zip.file(
    "book/sheets/hidden.xml",
    `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>`,
  );
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

const CELLS =
  `<x:worksheet xmlns:x="${MAIN}"><x:sheetData>` +
  `<x:row r="2"><x:c r="B2" t="s"><x:v>0</x:v></x:c><x:c t="s"><x:v>1</x:v></x:c><x:c t="s"><x:v>2</x:v></x:c></x:row>` +
  `<x:row><x:c r="B3" s="1"><x:v>45019</x:v></x:c><x:c s="2"><x:v>45019</x:v></x:c><x:c s="3"><x:v>45019</x:v></x:c><x:c s="4"><x:v>0.5</x:v></x:c><x:c s="5"><x:v>45019</x:v></x:c></x:row>` +
  `<x:row r="4"><x:c r="B4" t="d"><x:v>2023-04-03T00:00:00</x:v></x:c><x:c r="C4" t="e"><x:v>#N/A</x:v></x:c><x:c r="D4" t="b"><x:v>1</x:v></x:c>` +
  `<x:c r="E4" t="inlineStr"><x:is><x:r><x:t>inn</x:t></x:r><x:r><x:t>linje</x:t></x:r></x:is></x:c><x:c r="F4" t="str"><x:f>A1&amp;"x"</x:f><x:v>a&lt;b</x:v></x:c>` +
  `<x:c r="G4"><x:f>1/0</x:f></x:c><x:c r="H4" s="1"/></x:row>` +
  `</x:sheetData></x:worksheet>`;

describe("the file host reads cells as Excel shows them", () => {
  let sheets: Awaited<ReturnType<FileWorkbook["readSheets"]>>;
  beforeAll(async () => {
    sheets = await (await FileWorkbook.open(await workbook({ sheet: CELLS }), "hand.xlsx")).readSheets();
  });

  it("finds the sheets through the relationships, in workbook order, hidden ones marked", () => {
    expect(sheets.map((s) => [s.name, s.hidden])).toEqual([
      ["Skjult", true],
      ["Ark & data", false],
    ]);
  });

  it("places the block where its first cell is, addresses that are left out following the one before (a cell with a style and no value is empty)", () => {
    const s = sheets[1];
    expect(s.origin).toEqual({ row: 2, column: 2 });
    expect(s.values.map((r) => r.length)).toEqual([6, 6, 6]);
  });

  it("gives shared, rich and inline strings as their text, phonetic runs left out and line ends kept", () => {
    expect(sheets[1].values[0].slice(0, 3)).toEqual(["Grønn", "Rød status", "linje 1\r\nlinje\r2"]);
    expect(sheets[1].values[2][3]).toBe("innlinje");
  });

  it("makes dates of numbers in date and time formats only (built-in and the workbook's own); a time of day alone stays its number", () => {
    const [date, week, scientific, time, builtIn] = sheets[1].values[1];
    expect(date).toEqual(new Date(Date.UTC(2023, 3, 3)));
    expect(week).toBe(45019);
    expect(scientific).toBe(45019);
    // 0.5 is noon of Excel's "1900-01-00", no day a register can mean: read as the number, as range.values gives it.
    expect(time).toBe(0.5);
    expect(builtIn).toEqual(new Date(Date.UTC(2023, 3, 3)));
  });

  it("reads ISO dates, errors, booleans, a formula by its cached value, and a formula without one as empty", () => {
    expect(sheets[1].values[2].slice(0, 3)).toEqual([new Date(Date.UTC(2023, 3, 3)), "#N/A", true]);
    expect(sheets[1].values[2].slice(4)).toEqual(["a<b", null]);
  });

  it("counts dates from 1904 when the workbook says so", async () => {
    const in1904 = await (await FileWorkbook.open(await workbook({ sheet: CELLS, date1904: true }), "mac.xlsx")).readSheets(["ark & data"]);
    expect(in1904[0].values[1][0]).toEqual(new Date(Date.UTC(2027, 3, 4)));
  });
});
