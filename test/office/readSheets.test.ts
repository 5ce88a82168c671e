import { OfficeWorkbook } from "../../src/host/office/officeWorkbook";
import { FakeExcel } from "./double/fakeExcel";

describe("reading sheets through the Office adapter", () => {
  it("gives each sheet's used range with where it starts, hidden sheets marked, empty sheets empty", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Tiltak", [["ID", "Navn"], ["T-001", "EPJ-løftet"]], { origin: { row: 3, column: 2 } });
    excel.addSheet("Kodeverk", [["Liste", "Kode"], ["Segment", "Samstyring"]], { visibility: "Hidden" });
    excel.addSheet("Tomt ark");
    const sheets = await new OfficeWorkbook(excel.run).readSheets();
    expect(sheets).toEqual([
      { name: "Tiltak", origin: { row: 3, column: 2 }, values: [["ID", "Navn"], ["T-001", "EPJ-løftet"]], hidden: false },
      { name: "Kodeverk", origin: { row: 1, column: 1 }, values: [["Liste", "Kode"], ["Segment", "Samstyring"]], hidden: true },
      { name: "Tomt ark", origin: { row: 1, column: 1 }, values: [], hidden: false },
    ]);
  });

  it("joins the first rows and the rest of a sheet whose columns widen further down", async () => {
    const excel = new FakeExcel();
    const rows: Array<Array<string | number | null>> = Array.from({ length: 250 }, (_, i) => [`R${i + 1}`, i]);
    rows[240] = ["R241", 240, null, "langt nede"];
    excel.addSheet("Rapporter", rows, { origin: { row: 2, column: 1 } });
    const [sheet] = await new OfficeWorkbook(excel.run).readSheets();
    expect(sheet.origin).toEqual({ row: 2, column: 1 });
    expect(sheet.values).toHaveLength(250);
    expect(sheet.values[0]).toEqual(["R1", 0, null, null]);
    expect(sheet.values[240]).toEqual(["R241", 240, null, "langt nede"]);
    expect(sheet.values[249]).toEqual(["R250", 249, null, null]);
  });

  it("is one batch of a fixed number of syncs, reading nothing before Excel has sent it", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Tiltak", [["ID"], ["T-001"]]);
    await new OfficeWorkbook(excel.run).readSheets();
    expect(excel.batchCount).toBe(1);
    expect(excel.syncs.length).toBeLessThanOrEqual(3);
  });
});

describe("the Excel double", () => {
  it("refuses a loaded property read before the sync, as Office does", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Tiltak", [["ID"]]);
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Tiltak").getRange("A1");
      range.load("values");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values).toEqual([["ID"]]);
    });
  });

  it("refuses a payload over Excel on the web's 5 MB", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Stort", Array.from({ length: 30_000 }, (_, i) => [`${i}`.padEnd(200, "x")]));
    const outcome = excel.run(async (context) => {
      context.workbook.worksheets.getItem("Stort").getRange("A1:A30000").load("values");
      await context.sync();
    });
    await expect(outcome).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });
});
