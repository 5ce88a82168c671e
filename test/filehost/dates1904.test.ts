import { FileWorkbook } from "../../src/host/file/fileWorkbook";
import { editRows, handPackage, partTexts, sheetXml, withPython } from "./handPackage";

// 2023-12-31 as the register gives dates to write: a serial of the 1900 date system, with a date format.
const NEW_YEARS_EVE = (Date.UTC(2023, 11, 31) - Date.UTC(1899, 11, 30)) / 86_400_000;
const DATE = new Date(Date.UTC(2023, 11, 31));

async function register(workbookPr: string): Promise<Uint8Array> {
  // A2 holds 2024-01-01 in the workbook's own system (45292 counted from 1900, 43830 from 1904).
  const serial = workbookPr ? 43830 : 45292;
  return handPackage({
    workbookPr,
    sheets: {
      Avhengigheter: sheetXml(
        `<row r="1"><c r="A1" t="inlineStr"><is><t>Frist</t></is></c></row><row r="2"><c r="A2" s="1"><v>${serial}</v></c></row>`,
      ),
    },
  });
}

describe.each([
  ["1900", ""],
  ["1904", ' date1904="1"'],
])("an import into a workbook counting dates from %s", (_system, workbookPr) => {
  let out: Uint8Array;
  beforeAll(async () => {
    out = await editRows(await register(workbookPr), "Avhengigheter", [
      { kind: "set", row: 3, cells: [{ column: 1, value: NEW_YEARS_EVE, numFmt: "dd.mm.yyyy" }] },
    ]);
  });

  it("writes the deadline as the day it is, read back by the file host", async () => {
    const [sheet] = await (await FileWorkbook.open(out, "register.xlsx")).readSheets();
    expect(sheet.values).toEqual([["Frist"], [new Date(Date.UTC(2024, 0, 1))], [DATE]]);
  });

  it("and by openpyxl, which counts in the workbook's system", () => {
    const read = withPython(
      out,
      "import sys, openpyxl\nws = openpyxl.load_workbook(sys.argv[1])['Avhengigheter']\nprint(ws['A2'].value.date(), ws['A3'].value.date())",
    );
    expect(read).toBe("2024-01-01 2023-12-31");
  });

  it("stores the serial of the workbook's own system", async () => {
    const xml = (await partTexts(out)).get("xl/worksheets/sheet1.xml")!;
    expect(xml).toMatch(new RegExp(`<c r="A3" s="\\d+"><v>${workbookPr ? NEW_YEARS_EVE - 1462 : NEW_YEARS_EVE}</v></c>`));
  });
});
