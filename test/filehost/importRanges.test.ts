import { UnusableInputError } from "../../src/workbook/errors";
import { FileWorkbook } from "../../src/host/file/fileWorkbook";
import { editRows, handPackage, numberedRows, partTexts, REL, sheetDataOf, sheetXml, withPython } from "./handPackage";

const LAST = 1_048_576;

/** Every row number a reference in any part names (ref, sqref, xm:sqref): none may pass the sheet's last row. */
function rowsNamed(parts: Map<string, string>): number[] {
  const rows: number[] = [];
  for (const xml of parts.values()) {
    for (const m of xml.matchAll(/(?:\bref|\bsqref)="([^"]*)"|<xm:sqref>([^<]*)</g)) {
      for (const r of (m[1] ?? m[2]).matchAll(/[A-Z]+\$?(\d+)/g)) {
        rows.push(Number(r[1]));
      }
    }
  }
  return rows;
}

function tablePart(ref: string, extra = ""): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="1" name="Tabell1" displayName="Tabell1" ref="${ref}"${extra}>` +
    `<autoFilter ref="${ref}"/><tableColumns count="2"><tableColumn id="1" name="A"/><tableColumn id="2" name="B"/></tableColumns></table>`
  );
}

async function withTable(
  rows: string,
  ref: string,
  options: { extra?: string; autoFilter?: string; after?: string } = {},
): Promise<Uint8Array> {
  const table = tablePart(ref, options.extra).replace(`<autoFilter ref="${ref}"/>`, `<autoFilter ref="${options.autoFilter ?? ref}"/>`);
  return handPackage({
    sheets: { Avhengigheter: sheetXml(rows, `${options.after ?? ""}<tableParts count="1"><tablePart r:id="rId1"/></tableParts>`) },
    typesExtra:
      '<Override PartName="/xl/tables/table1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/>',
    parts: {
      "xl/tables/table1.xml": table,
      "xl/worksheets/_rels/sheet1.xml.rels":
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="${REL}/table" Target="../tables/table1.xml"/></Relationships>`,
    },
  });
}

describe("ranges that reach the sheet's last row, when an import inserts rows", () => {
  const after =
    `<mergeCells count="2"><mergeCell ref="D2:E2"/><mergeCell ref="D${LAST}:E${LAST}"/></mergeCells>` +
    `<conditionalFormatting sqref="B2:B${LAST} D${LAST}"><cfRule type="cellIs" dxfId="0" priority="1" operator="equal"><formula>1</formula></cfRule></conditionalFormatting>` +
    `<dataValidations count="1"><dataValidation type="list" allowBlank="1" sqref="C2:C${LAST}"><formula1>"a,b"</formula1></dataValidation></dataValidations>` +
    `<hyperlinks><hyperlink ref="A${LAST}" location="'Rapporter'!A1"/></hyperlinks>`;

  it("end at the last row, and those pushed past it go (merges, formats, validations, links, tables)", async () => {
    const input = await withTable(numberedRows(4), `A1:B${LAST}`, { after });
    const out = await partTexts(
      await editRows(input, "Avhengigheter", [{ kind: "insert", row: 3, rows: [[{ column: 1, value: 9 }]], styleFrom: 2 }]),
    );
    expect(Math.max(...rowsNamed(out))).toBe(LAST);
    const xml = out.get("xl/worksheets/sheet1.xml")!;
    expect(xml).toContain(`<mergeCells count="1"><mergeCell ref="D2:E2"/></mergeCells>`);
    expect(xml).toContain(`<conditionalFormatting sqref="B2:B${LAST}">`);
    expect(xml).toContain(`sqref="C2:C${LAST}"`);
    expect(xml).not.toContain("<hyperlinks");
    expect(out.get("xl/tables/table1.xml")).toContain(`ref="A1:B${LAST}"`);
  });

  it("refuses, with one line and the package as it was, an import that would push cells off the sheet (as Excel does)", async () => {
    const input = await handPackage({
      sheets: { Avhengigheter: sheetXml(`${numberedRows(2)}<row r="${LAST}"><c r="A${LAST}"><v>1</v></c></row>`) },
    });
    const workbook = await FileWorkbook.open(input, "register.xlsx");
    const edits = {
      sheets: [{ sheet: "Avhengigheter", ops: [{ kind: "insert" as const, row: 2, rows: [[{ column: 1, value: 9 }]] }] }],
      log: { sheet: "Logg", header: [], rows: [] },
    };
    await expect(workbook.applyRegisterEdits(edits)).rejects.toThrow(UnusableInputError);
    expect(await partTexts(await workbook.save())).toEqual(await partTexts(input));
  });
});

describe("containers whose every child went with deleted rows", () => {
  const x14 =
    '<extLst><ext uri="{78C0D931-6437-407d-A8EE-F0AAD7539E65}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">' +
    '<x14:conditionalFormattings><x14:conditionalFormatting xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">' +
    '<x14:cfRule type="dataBar" id="{00000000-0000-0000-0000-000000000001}"><x14:dataBar/></x14:cfRule><xm:sqref>B3</xm:sqref>' +
    "</x14:conditionalFormatting></x14:conditionalFormattings></ext></extLst>";
  const after =
    '<mergeCells count="2"><mergeCell ref="A3:B3"/><mergeCell ref="C3:D3"/></mergeCells>' +
    '<conditionalFormatting sqref="C3"><cfRule type="cellIs" dxfId="0" priority="1" operator="equal"><formula>1</formula></cfRule></conditionalFormatting>' +
    '<dataValidations count="1"><dataValidation type="list" sqref="D3"><formula1>"a,b"</formula1></dataValidation></dataValidations>' +
    `<hyperlinks><hyperlink ref="A3" location="'Avhengigheter'!A1"/></hyperlinks>${x14}`;

  it("go too: the schema wants a child in each, and Excel refuses an empty <mergeCells>", async () => {
    const input = await handPackage({ sheets: { Avhengigheter: sheetXml(numberedRows(4), after) } });
    const xml = (await partTexts(await editRows(input, "Avhengigheter", [{ kind: "delete", row: 3, count: 1 }]))).get(
      "xl/worksheets/sheet1.xml",
    )!;
    expect(xml.slice(xml.indexOf("</sheetData>"))).toBe("</sheetData></worksheet>");
  });

  it("stay, counted anew, while a child is left", async () => {
    const input = await handPackage({
      sheets: { Avhengigheter: sheetXml(numberedRows(4), after.replace('<mergeCell ref="C3:D3"/>', '<mergeCell ref="C4:D4"/>')) },
    });
    const xml = (await partTexts(await editRows(input, "Avhengigheter", [{ kind: "delete", row: 3, count: 1 }]))).get(
      "xl/worksheets/sheet1.xml",
    )!;
    expect(xml).toContain('<mergeCells count="1"><mergeCell ref="C3:D3"/></mergeCells>');
    expect(xml).not.toContain("<hyperlinks");
  });
});

describe("rows an import adds take the height of the row they follow", () => {
  const rows =
    '<row r="1"><c r="A1"><v>1</v></c></row><row r="2" ht="45" customHeight="1"><c r="A2"><v>2</v></c></row>' +
    '<row r="3" ht="30"><c r="A3"><v>3</v></c></row>';

  it("only when that height was set by hand; a height Excel fitted to the text is left for Excel to fit again", async () => {
    const input = await handPackage({ sheets: { Rapporter: sheetXml(rows) } });
    const out = await editRows(input, "Rapporter", [
      { kind: "insert", row: 4, rows: [[{ column: 1, value: "etter auto" }]], styleFrom: 3 },
      { kind: "insert", row: 3, rows: [[{ column: 1, value: "etter manuell" }]], styleFrom: 2 },
    ]);
    const xml = sheetDataOf((await partTexts(out)).get("xl/worksheets/sheet1.xml")!);
    expect(xml).toContain('<row r="3" ht="45" customHeight="1">');
    expect(xml).toMatch(/<row r="5"><c r="A5" t="inlineStr">/);
  });
});

describe("a table over the rows an import changes", () => {
  it("keeps one empty data row when all its rows are deleted (Excel refuses a table of its header alone), the rows below moving one less", async () => {
    const rows = `${numberedRows(4)}<row r="6"><c r="A6" t="inlineStr"><is><t>under</t></is></c></row>`;
    const out = await editRows(await withTable(rows, "A1:B4"), "Avhengigheter", [{ kind: "delete", row: 2, count: 3 }]);
    const parts = await partTexts(out);
    expect(parts.get("xl/tables/table1.xml")).toContain('ref="A1:B2"><autoFilter ref="A1:B2"/>');
    expect(sheetDataOf(parts.get("xl/worksheets/sheet1.xml")!)).toBe(
      '<sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="4"><c r="A4" t="inlineStr"><is><t>under</t></is></c></row></sheetData>',
    );
    const read = withPython(
      out,
      "import sys, openpyxl\nws = openpyxl.load_workbook(sys.argv[1])['Avhengigheter']\nprint(ws.tables['Tabell1'].ref)",
    );
    expect(read).toBe("A1:B2");
  });

  it("with a totals row, does not take in rows appended below it, and grows with rows inserted above it (its filter too)", async () => {
    const rows = numberedRows(4);
    const input = await withTable(rows, "A1:B4", { extra: ' totalsRowCount="1"', autoFilter: "A1:B3" });
    const appended = await partTexts(
      await editRows(input, "Avhengigheter", [{ kind: "insert", row: 5, rows: [[{ column: 1, value: 9 }]], styleFrom: 3 }]),
    );
    expect(appended.get("xl/tables/table1.xml")).toContain('ref="A1:B4"');
    const inserted = await partTexts(
      await editRows(input, "Avhengigheter", [{ kind: "insert", row: 4, rows: [[{ column: 1, value: 9 }]], styleFrom: 3 }]),
    );
    expect(inserted.get("xl/tables/table1.xml")).toContain('ref="A1:B5" totalsRowCount="1"><autoFilter ref="A1:B4"/>');
  });

  it("without one, takes in rows appended right below it", async () => {
    const out = await partTexts(
      await editRows(await withTable(numberedRows(4), "A1:B4"), "Avhengigheter", [
        { kind: "insert", row: 5, rows: [[{ column: 1, value: 9 }]], styleFrom: 4 },
      ]),
    );
    expect(out.get("xl/tables/table1.xml")).toContain('ref="A1:B5"><autoFilter ref="A1:B5"/>');
  });
});
