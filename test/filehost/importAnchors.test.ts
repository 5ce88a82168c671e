import { convertWithLibreOffice } from "../charts/convertWithLibreOffice";
import { editRows, handPackage, notWellFormed, numberedRows, partTexts, REL, sheetXml, withPython } from "./handPackage";

// Notes as Excel writes them: the text in xl/comments1.xml, the box in a VML drawing (x:Row is 0-based), and a threaded comment.
const COMMENTS =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  "<authors><author>Kontoret</author></authors><commentList>" +
  '<comment ref="B3" authorId="0"><text><r><t>Slettes med raden</t></r></text></comment>' +
  '<comment ref="B5" authorId="0"><text><r><t>Følg opp T-004</t></r></text></comment>' +
  "</commentList></comments>";

function noteShape(id: number, row0: number): string {
  return (
    `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
    '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:Anchor>2, 15, ${row0 - 1}, 10, 4, 15, ${row0 + 3}, 4</x:Anchor>` +
    `<x:AutoFill>False</x:AutoFill><x:Row>${row0}</x:Row><x:Column>1</x:Column></x:ClientData></v:shape>`
  );
}

const VML =
  '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
  '<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout>' +
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>' +
  `${noteShape(1025, 2)}${noteShape(1026, 4)}</xml>`;

const THREADED =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments">' +
  '<threadedComment ref="B5" dT="2023-06-01T10:00:00.00" personId="{00000000-0000-0000-0000-000000000001}" id="{00000000-0000-0000-0000-000000000002}"><text>Følg opp T-004</text></threadedComment>' +
  "</ThreadedComments>";

function marker(which: string, row0: number, offset = 0): string {
  return `<xdr:${which}><xdr:col>3</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row0}</xdr:row><xdr:rowOff>${offset}</xdr:rowOff></xdr:${which}>`;
}

function picture(id: number): string {
  return (
    `<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="${id}" name="Bilde ${id}"/><xdr:cNvPicPr/></xdr:nvPicPr><xdr:blipFill><a:blip r:embed="rId1"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>` +
    '<xdr:spPr><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic><xdr:clientData/>'
  );
}

// Pictures anchored as Excel anchors them: moving and sizing with cells, moving only, anchored at one cell, and absolute.
const DRAWING =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" ' +
  `xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${REL}">` +
  `<xdr:twoCellAnchor>${marker("from", 4, 1000)}${marker("to", 8, 2000)}${picture(2)}</xdr:twoCellAnchor>` +
  `<xdr:twoCellAnchor editAs="oneCell">${marker("from", 1)}${marker("to", 3, 500)}${picture(3)}</xdr:twoCellAnchor>` +
  `<xdr:oneCellAnchor>${marker("from", 6)}<xdr:ext cx="100000" cy="100000"/>${picture(4)}</xdr:oneCellAnchor>` +
  `<xdr:twoCellAnchor>${marker("from", 2, 5000)}${marker("to", 2, 9000)}${picture(5)}</xdr:twoCellAnchor>` +
  `<xdr:absoluteAnchor><xdr:pos x="0" y="0"/><xdr:ext cx="100000" cy="100000"/>${picture(6)}</xdr:absoluteAnchor>` +
  "</xdr:wsDr>";

const PNG = new Uint8Array(
  Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==", "base64"),
);

async function register(): Promise<Uint8Array> {
  const rels = (items: string) =>
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items}</Relationships>`;
  return handPackage({
    sheets: { Avhengigheter: sheetXml(numberedRows(10), '<drawing r:id="rId4"/><legacyDrawing r:id="rId2"/>') },
    typesExtra:
      '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/><Default Extension="png" ContentType="image/png"/>' +
      '<Override PartName="/xl/comments1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>' +
      '<Override PartName="/xl/threadedComments/threadedComment1.xml" ContentType="application/vnd.ms-excel.threadedcomments+xml"/>' +
      '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>',
    parts: {
      "xl/worksheets/_rels/sheet1.xml.rels": rels(
        `<Relationship Id="rId1" Type="${REL}/comments" Target="../comments1.xml"/>` +
          `<Relationship Id="rId2" Type="${REL}/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/>` +
          '<Relationship Id="rId3" Type="http://schemas.microsoft.com/office/2017/10/relationships/threadedComment" Target="../threadedComments/threadedComment1.xml"/>' +
          `<Relationship Id="rId4" Type="${REL}/drawing" Target="../drawings/drawing1.xml"/>`,
      ),
      "xl/comments1.xml": COMMENTS,
      "xl/drawings/vmlDrawing1.vml": VML,
      "xl/threadedComments/threadedComment1.xml": THREADED,
      "xl/drawings/drawing1.xml": DRAWING,
      "xl/drawings/_rels/drawing1.xml.rels": rels(`<Relationship Id="rId1" Type="${REL}/image" Target="../media/image1.png"/>`),
      "xl/media/image1.png": PNG,
    },
  });
}

/** Row 3 deleted, then two rows inserted at row 2: what was row 5 is row 6. */
async function imported(): Promise<Map<string, string>> {
  return partTexts(
    await editRows(await register(), "Avhengigheter", [
      { kind: "delete", row: 3, count: 1 },
      { kind: "insert", row: 2, rows: [[{ column: 1, value: "ny" }], [{ column: 1, value: "ny" }]], styleFrom: 1 },
    ]),
  );
}

describe("what is anchored to rows an import moves", () => {
  let parts: Map<string, string>;
  beforeAll(async () => {
    parts = await imported();
  });

  it("a note stays on its row: its cell in the comments part, its threaded comment, and its VML box follow; a note on a deleted row goes with it", () => {
    expect([...parts.get("xl/comments1.xml")!.matchAll(/<comment ref="(\w+)"/g)].map((m) => m[1])).toEqual(["B6"]);
    expect(parts.get("xl/comments1.xml")).not.toContain("Slettes med raden");
    expect(parts.get("xl/threadedComments/threadedComment1.xml")).toContain('<threadedComment ref="B6"');
    const vml = parts.get("xl/drawings/vmlDrawing1.vml")!;
    expect([...vml.matchAll(/<x:Row>(\d+)<\/x:Row>/g)].map((m) => m[1])).toEqual(["5"]);
    expect(vml).toContain("<x:Anchor>2, 15, 4, 10, 4, 15, 8, 4</x:Anchor>");
    expect(vml).not.toContain("_x0000_s1025");
  });

  it("openpyxl finds the note at the row it belongs to", async () => {
    const out = await editRows(await register(), "Avhengigheter", [
      { kind: "delete", row: 3, count: 1 },
      { kind: "insert", row: 2, rows: [[{ column: 1, value: "ny" }], [{ column: 1, value: "ny" }]], styleFrom: 1 },
    ]);
    const notes = withPython(
      out,
      "import sys, openpyxl\nws = openpyxl.load_workbook(sys.argv[1])['Avhengigheter']\n" +
        "print([(c.coordinate, ws[c.coordinate].value, c.comment.text) for row in ws.iter_rows() for c in row if c.comment])",
    );
    expect(notes).toBe("[('B6', None, 'Følg opp T-004')]");
    expect(notWellFormed(out)).toEqual([]);
  });

  it("pictures and charts move with their cells: sized with them, only moved (editAs oneCell, one-cell anchors), or left where they are (absolute)", () => {
    const rows = [
      ...parts
        .get("xl/drawings/drawing1.xml")!
        .matchAll(
          /<xdr:(from|to)><xdr:col>\d+<\/xdr:col><xdr:colOff>\d+<\/xdr:colOff><xdr:row>(\d+)<\/xdr:row><xdr:rowOff>(\d+)<\/xdr:rowOff>/g,
        ),
    ].map((m) => `${m[1]} ${m[2]}+${m[3]}`);
    expect(rows).toEqual([
      "from 5+1000",
      "to 9+2000",
      "from 3+0",
      "to 5+500",
      "from 7+0",
      // Its rows all went: kept with no height where they were, as its part stays in the package.
      "from 4+0",
      "to 4+0",
    ]);
    expect(parts.get("xl/drawings/drawing1.xml")).toContain('<xdr:absoluteAnchor><xdr:pos x="0" y="0"/>');
  });

  it("and nothing moves when rows are only appended below the last", async () => {
    const before = await partTexts(await register());
    const after = await partTexts(
      await editRows(await register(), "Avhengigheter", [{ kind: "insert", row: 11, rows: [[{ column: 1, value: 11 }]], styleFrom: 10 }]),
    );
    for (const part of [
      "xl/comments1.xml",
      "xl/drawings/vmlDrawing1.vml",
      "xl/drawings/drawing1.xml",
      "xl/threadedComments/threadedComment1.xml",
    ]) {
      expect([part, after.get(part)]).toEqual([part, before.get(part)]);
    }
  });

  it("LibreOffice opens the result with its note", async () => {
    const out = await editRows(await register(), "Avhengigheter", [{ kind: "delete", row: 3, count: 1 }]);
    const reread = await partTexts(convertWithLibreOffice(out, "xlsx"));
    const comments = [...reread.entries()].find(([name]) => /comments\d*\.xml$/.test(name))?.[1] ?? "";
    expect(comments).toMatch(/<comment ref="B4"/);
  });
});
