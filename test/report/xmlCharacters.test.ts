import JSZip from "jszip";
import { cellRange, type A1 } from "../../src/core/cells";
import type { ReportSheet } from "../../src/core/report/reportSheet";
import { FileWorkbook } from "../../src/host/file/fileWorkbook";
import { convertWithLibreOffice } from "../charts/convertWithLibreOffice";
import { handPackage, notWellFormed, partTexts, sheetXml } from "../filehost/handPackage";

// U+0001 is what a cell's "_x0001_" reads as; "\ud800" is half a surrogate pair. XML 1.0 can hold neither, not even escaped.
const SOH = "\u0001";
const HALF = "\ud800";

function sheetWithChart(): ReportSheet {
  return {
    key: "status",
    name: "Status",
    values: [
      ["Fase", "Antall"],
      [`Plan${SOH}lagt`, 3],
      [`Gjennom${HALF}føring`, 2],
    ],
    styles: [],
    merges: [],
    columnWidths: [20, 10],
    freezeRows: 0,
    links: [],
    print: { landscape: false, fitToWidth: false },
    charts: [
      {
        kind: "column",
        title: `Tiltak${SOH} per fase${HALF}`,
        sheet: "Status",
        categories: cellRange(2, 1, 3, 1),
        categoryCache: [`Plan${SOH}lagt`, `Gjennom${HALF}føring`],
        series: [{ name: `Antall${SOH}`, values: cellRange(2, 2, 3, 2), cache: [3, 2] }],
        anchor: { from: "D2" as A1, columns: 6, rows: 12 },
        legend: "none",
      },
    ],
  };
}

const ROOT_RELS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>';

function appXml(title: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    '<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant></vt:vector></HeadingPairs>' +
    `<TitlesOfParts><vt:vector size="1" baseType="lpstr"><vt:lpstr>${title}</vt:lpstr></vt:vector></TitlesOfParts></Properties>`
  );
}

async function report(sheetName: string): Promise<Uint8Array> {
  const input = await handPackage({
    sheets: { [sheetName]: sheetXml('<row r="1"><c r="A1"><v>1</v></c></row>') },
    parts: { "docProps/app.xml": appXml(sheetName), "_rels/.rels": ROOT_RELS },
  });
  const workbook = await FileWorkbook.open(input, "register.xlsx");
  await workbook.writeReportSheets([sheetWithChart()], []);
  return workbook.save();
}

describe("text XML cannot hold, in charts and cells the report writes", () => {
  let out: Uint8Array;
  beforeAll(async () => {
    out = await report("Tiltak");
  });

  it("is left out of the chart and drawing parts, so every part is well-formed XML", () => {
    expect(notWellFormed(out)).toEqual([]);
  });

  it("keeps the text around it, and cells keep the character as Excel escapes it", async () => {
    const parts = await partTexts(out);
    expect(parts.get("xl/charts/chart1.xml")).toContain("<a:t>Tiltak per fase\ufffd</a:t>");
    expect(parts.get("xl/charts/chart1.xml")).toContain("<c:v>Planlagt</c:v>");
    expect(parts.get("xl/drawings/drawing1.xml")).toContain('descr="Tiltak per fase\ufffd"');
    expect(parts.get("xl/worksheets/sheet2.xml")).toContain("Plan_x0001_lagt");
  });

  it("and LibreOffice opens the report with its chart", async () => {
    const zip = await JSZip.loadAsync(convertWithLibreOffice(out, "xlsx"));
    expect(Object.keys(zip.files).some((p) => /^xl\/charts\/chart\d+\.xml$/.test(p))).toBe(true);
  });
});

describe("a sheet name holding such a character (written as a character reference by a careless writer)", () => {
  it("is listed in docProps/app.xml without it, so that part stays well-formed", async () => {
    const out = await report("Tiltak&#x1;");
    expect(notWellFormed(out).filter((p) => p.startsWith("docProps/"))).toEqual([]);
    expect((await partTexts(out)).get("docProps/app.xml")).toContain("<vt:lpstr>Tiltak</vt:lpstr><vt:lpstr>Status</vt:lpstr>");
  });
});
