import "./double/templateFeatures";
import { createEmptyRegister } from "../../src/app/createEmptyRegister";
import { OfficeWorkbook } from "../../src/host/office/officeWorkbook";
import { FakeExcel } from "./double/fakeExcel";
import { reportSheet } from "./reportSheetFixture";

/** Text that Excel, reading `range.values` as typed input, would turn into something else. */
const TEXTS = [
  "=SUM(A1:A9)",
  '=HYPERLINK("http://example.com")',
  "+47 22 00 00 00",
  "-forsinket",
  "@bruker",
  "0012",
  "1,234",
  "$100",
  "50%",
  "(100)",
  "1 1/2",
  "1/2",
  "12:30",
  "1:30 PM",
  "Jan 2024",
  "3 Apr",
  "Apr 3, 2023",
  "4/3/2023",
  "2023-04-03",
  "#N/A",
  "#DIV/0!",
  "TRUE",
  "false",
  "'sitat",
  "03.04.2023",
  "Helt vanlig tekst",
];

function blankExcel(): FakeExcel {
  const excel = new FakeExcel();
  excel.addSheet("Ark1");
  return excel;
}

describe("the Excel double reads written strings as Excel does: typed input, locale-neutral", () => {
  async function typed(text: string) {
    const excel = blankExcel();
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Ark1").getRange("A1").values = [[text]];
      await context.sync();
    });
    return excel.sheet("Ark1").cell(1, 1);
  }

  it.each<[string, number]>([
    ["0012", 12],
    ["1,234", 1234],
    ["$100", 100],
    ["50%", 0.5],
    ["(100)", -100],
    ["1 1/2", 1.5],
    ["-5", -5],
    ["1e3", 1000],
  ])("turns %s into the number %d", async (text, number) => {
    expect((await typed(text))?.value).toBe(number);
  });

  it.each(["12:30", "Jan 2024", "3 Apr", "Apr 3, 2023", "4/3/2023", "1/2", "2023-04-03"])(
    "turns %s into a date or time serial",
    async (text) => {
      expect(typeof (await typed(text))?.value).toBe("number");
    },
  );

  it("reads dates month first, as en-US does, and leaves a Norwegian date as text", async () => {
    // 3 April 2023 is serial 45019; the Norwegian "03.04.2023" is locale-shaped, so Excel keeps it as text.
    expect((await typed("4/3/2023"))?.value).toBe(45019);
    expect((await typed("03.04.2023"))?.value).toBe("03.04.2023");
  });

  it("turns formulas, error values and booleans into what they are, and keeps a quote-prefixed string as text", async () => {
    expect(await typed("=SUM(A1:A9)")).toMatchObject({ formula: "=SUM(A1:A9)" });
    expect(await typed("+47 22 00 00 00")).toMatchObject({ formula: "+47 22 00 00 00" });
    expect(await typed("#N/A")).toEqual({ value: "#N/A", error: true });
    expect(await typed("TRUE")).toEqual({ value: true });
    expect(await typed("'12:30")).toEqual({ value: "12:30", quotePrefix: true });
  });
});

describe("text written through the Office adapter", () => {
  it.each(TEXTS)("stays text on a report sheet: %s", async (text) => {
    const excel = blankExcel();
    await new OfficeWorkbook(excel.run).writeReportSheets([reportSheet("Kontroll", [["Verdi", text]])], []);
    const cell = excel.sheet("Kontroll").cell(1, 2);
    expect(cell?.formula).toBeUndefined();
    expect(cell?.error).toBeUndefined();
    expect(cell?.value).toBe(text);
  });

  it("stays text in every text cell of a new register (headers and code lists)", async () => {
    const excel = blankExcel();
    await createEmptyRegister(new OfficeWorkbook(excel.run), "nb");
    const written = excel.sheets
      .filter((s) => s.name !== "Ark1")
      .flatMap((s) => {
        const used = s.usedRect();
        return used
          ? s
              .valuesIn(used)
              .flat()
              .filter((v) => v !== "")
          : [];
      });
    expect(written.length).toBeGreaterThan(20);
    expect(written.every((v) => typeof v === "string")).toBe(true);
  });

  it("keeps numbers, booleans and dates as values Excel can calculate with", async () => {
    const excel = blankExcel();
    await new OfficeWorkbook(excel.run).writeReportSheets(
      [reportSheet("Kontroll", [[535.5, true, new Date(Date.UTC(2023, 3, 3)), null]])],
      [],
    );
    expect(excel.sheet("Kontroll").valuesIn({ top: 1, left: 1, bottom: 1, right: 4 })).toEqual([[535.5, true, 45019, ""]]);
  });
});
