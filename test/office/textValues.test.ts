import { OfficeWorkbook } from "../../src/host/office/officeWorkbook";
import { FakeExcel } from "./double/fakeExcel";
import { reportSheet } from "./reportSheetFixture";

const TEXTS = [
  "=SUM(A1:A9)",
  "=HYPERLINK(\"http://example.com\")",
  "+47 22 00 00 00",
  "-forsinket",
  "@bruker",
  "0012",
  "03.04.2023",
  "2023-04-03",
  "TRUE",
  "'sitat",
  "Helt vanlig tekst",
];

describe("report text written through the Office adapter", () => {
  it("would be turned into formulas, numbers and dates by Excel if written as it is", async () => {
    // The double models Excel's parsing of range.values; without protection these do not stay text.
    const excel = new FakeExcel();
    excel.addSheet("Ark1");
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Ark1").getRange("A1:A3").values = [["=SUM(A1:A9)"], ["0012"], ["03.04.2023"]];
      await context.sync();
    });
    const sheet = excel.sheet("Ark1");
    expect(sheet.cell(1, 1)?.formula).toBe("=SUM(A1:A9)");
    expect(sheet.cell(2, 1)?.value).toBe(12);
    expect(typeof sheet.cell(3, 1)?.value).toBe("number");
  });

  it.each(TEXTS)("stays text: %s", async (text) => {
    const excel = new FakeExcel();
    excel.addSheet("Tiltak", [["ID"]]);
    await new OfficeWorkbook(excel.run).writeReportSheets([reportSheet("Kontroll", [["Verdi", text]])], []);
    const cell = excel.sheet("Kontroll").cell(1, 2);
    expect(cell?.formula).toBeUndefined();
    expect(cell?.value).toBe(text);
  });

  it("keeps numbers, booleans and dates as values Excel can calculate with", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Tiltak", [["ID"]]);
    await new OfficeWorkbook(excel.run).writeReportSheets([reportSheet("Kontroll", [[535.5, true, new Date(Date.UTC(2023, 3, 3)), null]])], []);
    expect(excel.sheet("Kontroll").valuesIn({ top: 1, left: 1, bottom: 1, right: 4 })).toEqual([[535.5, true, 45019, ""]]);
  });
});
