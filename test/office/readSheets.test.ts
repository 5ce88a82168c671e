import ExcelJS from "exceljs";
import { registerSheetNames } from "../../src/core/register/format";
import { FileWorkbook } from "../../src/host/file/fileWorkbook";
import { OfficeWorkbook } from "../../src/host/office/officeWorkbook";
import { FakeExcel, type NullNavigation } from "./double/fakeExcel";
import { officeError } from "./double/officeError";

type Rows = Array<Array<string | number | null>>;

/** A workbook with register sheets in both languages' spelling, a report sheet and a sheet of the user's own. */
const WORKBOOK: Array<{ name: string; rows: Rows; hidden?: boolean }> = [
  { name: "Notater", rows: [["mine notater"]] },
  {
    name: "TILTAK",
    rows: [
      ["ID", "Navn"],
      ["T-001", "EPJ-løftet"],
    ],
  },
  { name: "Oppsummering", rows: [["Nøkkeltall"]] },
  {
    name: "Reports",
    rows: [
      ["ID", "Period"],
      ["T-001", "2023-Q2"],
    ],
  },
  { name: "Kodeverk", rows: [["Liste", "Kode"]], hidden: true },
];

function excelWith(sheets: typeof WORKBOOK, nullNavigation: NullNavigation = "propagate"): FakeExcel {
  const excel = new FakeExcel(undefined, nullNavigation);
  for (const s of sheets) {
    excel.addSheet(s.name, s.rows, { visibility: s.hidden ? "Hidden" : "Visible" });
  }
  return excel;
}

describe("reading sheets through the Office adapter", () => {
  it("gives each sheet's used range with where it starts, hidden sheets marked, empty sheets empty", async () => {
    const excel = new FakeExcel();
    excel.addSheet(
      "Tiltak",
      [
        ["ID", "Navn"],
        ["T-001", "EPJ-løftet"],
      ],
      { origin: { row: 3, column: 2 } },
    );
    excel.addSheet(
      "Kodeverk",
      [
        ["Liste", "Kode"],
        ["Segment", "Samstyring"],
      ],
      { visibility: "Hidden" },
    );
    excel.addSheet("Tomt ark");
    const sheets = await new OfficeWorkbook(excel.run).readSheets();
    expect(sheets).toEqual([
      {
        name: "Tiltak",
        origin: { row: 3, column: 2 },
        values: [
          ["ID", "Navn"],
          ["T-001", "EPJ-løftet"],
        ],
        hidden: false,
      },
      {
        name: "Kodeverk",
        origin: { row: 1, column: 1 },
        values: [
          ["Liste", "Kode"],
          ["Segment", "Samstyring"],
        ],
        hidden: true,
      },
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

describe("reading the sheets a command names", () => {
  const expected = [
    {
      name: "TILTAK",
      origin: { row: 1, column: 1 },
      values: [
        ["ID", "Navn"],
        ["T-001", "EPJ-løftet"],
      ],
      hidden: false,
    },
    {
      name: "Reports",
      origin: { row: 1, column: 1 },
      values: [
        ["ID", "Period"],
        ["T-001", "2023-Q2"],
      ],
      hidden: false,
    },
    { name: "Kodeverk", origin: { row: 1, column: 1 }, values: [["Liste", "Kode"]], hidden: true },
  ];

  it("reads only the register's sheets, whatever their case, in workbook order, in one sync", async () => {
    const excel = excelWith(WORKBOOK);
    const sheets = await new OfficeWorkbook(excel.run).readSheets(registerSheetNames());
    expect(sheets).toEqual(expected);
    expect(excel.syncs).toHaveLength(1);
    expect(excel.syncs[0].calls.some((c) => c.includes("Notater") || c.includes("Oppsummering"))).toBe(false);
  });

  it("gives the same sheets as the file host for the same names", async () => {
    const workbook = new ExcelJS.Workbook();
    for (const s of WORKBOOK) {
      const ws = workbook.addWorksheet(s.name, { state: s.hidden ? "hidden" : "visible" });
      s.rows.forEach((row) => ws.addRow(row));
    }
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const fromFile = await (await FileWorkbook.open(bytes, "register.xlsx")).readSheets(registerSheetNames());
    const fromExcel = await new OfficeWorkbook(excelWith(WORKBOOK).run).readSheets(registerSheetNames());
    expect(fromFile).toEqual(expected);
    expect(fromExcel).toEqual(fromFile);
  });

  it("finds a sheet whose name differs in spacing only, with one more sync", async () => {
    const excel = excelWith([
      { name: " Tiltak", rows: [["ID"], ["T-001"]] },
      { name: "Rapporter", rows: [["ID"]] },
    ]);
    const sheets = await new OfficeWorkbook(excel.run).readSheets(registerSheetNames());
    expect(sheets.map((s) => [s.name, s.values.length])).toEqual([
      [" Tiltak", 2],
      ["Rapporter", 1],
    ]);
    expect(excel.syncs).toHaveLength(2);
  });

  it("reads what lies below and right of the first block of a wide, long sheet", async () => {
    const rows: Rows = Array.from({ length: 230 }, (_, r) =>
      Array.from({ length: 80 }, (_, c) => ((r * c) % 7 === 3 ? null : `r${r}c${c}`)),
    );
    const excel = new FakeExcel();
    excel.addSheet("Rapporter", rows, { origin: { row: 3, column: 2 } });
    const [sheet] = await new OfficeWorkbook(excel.run).readSheets(["Rapporter"]);
    expect(sheet.origin).toEqual({ row: 3, column: 2 });
    expect(sheet.values).toEqual(rows);
    expect(excel.syncs).toHaveLength(2);
  });

  it("reads a workbook without any of the sheets as empty, in one sync", async () => {
    const excel = excelWith([{ name: "Ark1", rows: [["noe"]] }]);
    expect(await new OfficeWorkbook(excel.run).readSheets(registerSheetNames())).toEqual([]);
    expect(excel.syncs).toHaveLength(1);
  });

  it("reads the same on a host that refuses ranges of missing sheets, and asks such a host only once", async () => {
    const excel = excelWith(WORKBOOK, "fail");
    const workbook = new OfficeWorkbook(excel.run);
    expect(await workbook.readSheets(registerSheetNames())).toEqual(expected);
    // The refused sync, the sheet list, then the sheets.
    expect(excel.syncs).toHaveLength(3);
    expect(await workbook.readSheets(registerSheetNames())).toEqual(expected);
    expect(excel.syncs).toHaveLength(5);
  });

  it("reads from the sheet list after any refusal of its first sync, which only reads", async () => {
    const excel = excelWith(WORKBOOK);
    excel.rejectSync(1, officeError("GeneralException", "Det oppstod en intern feil."));
    expect(await new OfficeWorkbook(excel.run).readSheets(registerSheetNames())).toEqual(expected);
    expect(excel.syncs).toHaveLength(3);
  });

  it("passes on a refusal that the read from the sheet list meets too", async () => {
    const excel = excelWith(WORKBOOK);
    excel.rejectSync(1, officeError("GeneralException", "Det oppstod en intern feil."));
    excel.rejectSync(2, officeError("GeneralException", "Det oppstod en intern feil."));
    await expect(new OfficeWorkbook(excel.run).readSheets(registerSheetNames())).rejects.toThrow("Det oppstod en intern feil.");
    expect(excel.syncs).toHaveLength(2);
  });
});

describe("the Excel double", () => {
  it.each<[NullNavigation, boolean]>([
    ["propagate", true],
    ["fail", false],
  ])("makes a missing sheet a null object whose calls fail (ranges of it: %s)", async (mode, rangesAreNull) => {
    const excel = new FakeExcel(undefined, mode);
    excel.addSheet("Tiltak", [["ID"]]);
    await excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Finnes ikke");
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      const used = missing.getUsedRangeOrNullObject(true);
      used.load("address");
      if (rangesAreNull) {
        await context.sync();
        expect([missing.isNullObject, used.isNullObject]).toEqual([true, true]);
      } else {
        await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
      }
      missing.delete();
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemNotFound" });
    });
  });

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
    excel.addSheet(
      "Stort",
      Array.from({ length: 30_000 }, (_, i) => [`${i}`.padEnd(200, "x")]),
    );
    const outcome = excel.run(async (context) => {
      context.workbook.worksheets.getItem("Stort").getRange("A1:A30000").load("values");
      await context.sync();
    });
    await expect(outcome).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
  });
});
