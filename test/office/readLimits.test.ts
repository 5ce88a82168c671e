import { registerSheetNames } from "../../src/core/register/format";
import { OfficeWorkbook } from "../../src/host/office/officeWorkbook";
import { FakeExcel, type NullNavigation } from "./double/fakeExcel";
import { FOUR_MB } from "./loadRegister";
import { registerValues } from "./registerValues";

type Rows = Array<Array<string | number | boolean | null>>;

const LAST_ROW = 1_048_576;
const LAST_COLUMN = 16_384;

/** A register of 40 initiatives in the double; `stray` puts one value in XFD1048576 of Rapporter. */
function registerExcel(mode: NullNavigation, stray: boolean): FakeExcel {
  const excel = new FakeExcel(undefined, mode);
  for (const [name, rows] of Object.entries(registerValues(40))) {
    excel.addSheet(name, rows);
  }
  if (stray) {
    excel.sheet("Rapporter").setCell(LAST_ROW, LAST_COLUMN, { value: "x" });
  }
  return excel;
}

async function syncsOfRead(excel: FakeExcel, names?: readonly string[]) {
  const sheets = await new OfficeWorkbook(excel.run).readSheets(names);
  return { sheets, syncs: excel.syncs.length };
}

describe("reading a register with one stray value in XFD1048576", () => {
  it.each<[NullNavigation, readonly string[] | undefined]>([
    ["propagate", registerSheetNames()],
    ["fail", registerSheetNames()],
    ["fail", undefined],
  ])("costs at most one sync more than without it (ranges of missing sheets: %s; names: %p)", async (mode, names) => {
    const clean = await syncsOfRead(registerExcel(mode, false), names);
    const stray = await syncsOfRead(registerExcel(mode, true), names);
    expect(stray.syncs).toBeLessThanOrEqual(clean.syncs + 1);
    // The register itself is read whole; the far cell belongs to no column of it and is left out.
    expect(stray.sheets).toEqual(clean.sheets);
  });

  it("keeps every sync within Excel's limits while doing so", async () => {
    const excel = registerExcel("propagate", true);
    await new OfficeWorkbook(excel.run).readSheets(registerSheetNames());
    for (const sync of excel.syncs) {
      expect(sync.responseBytes).toBeLessThan(FOUR_MB);
    }
  });

  it("still reads a value a little outside the table: a note beside a row, a row below the last ID", async () => {
    const rows: Rows = [["ID", "Navn"], ...Array.from({ length: 150 }, (_, i) => [`T-${i}`, `Tiltak ${i}`])];
    const excel = new FakeExcel(undefined, "propagate");
    excel.addSheet("Tiltak", rows);
    excel.sheet("Tiltak").setCell(120, 5, { value: "notat" });
    excel.sheet("Tiltak").setCell(160, 1, { value: "sum" });
    const [sheet] = await new OfficeWorkbook(excel.run).readSheets(["Tiltak"]);
    expect(sheet.values).toHaveLength(160);
    expect(sheet.values[119]).toEqual(["T-118", "Tiltak 118", null, null, "notat"]);
    expect(sheet.values[159]).toEqual(["sum", null, null, null, null]);
  });
});

describe("reads Excel refuses for their size", () => {
  it("are halved and read again when later rows are far longer than the first ones", async () => {
    // The first 100 rows are short, the rest 6 KB each: planned from the first rows, one block of 18 MB.
    const rows: Rows = [["ID", "Begrunnelse"], ...Array.from({ length: 99 }, (_, i) => [`T-${i}`, "kort"])];
    for (let i = 0; i < 3000; i++) {
      rows.push([`L-${i}`, `${i} `.padEnd(6000, "lang begrunnelse ")]);
    }
    const excel = new FakeExcel(undefined, "propagate");
    excel.addSheet("Rapporter", rows);
    const [sheet] = await new OfficeWorkbook(excel.run).readSheets(["Rapporter"]);
    expect(sheet.values).toEqual(rows);
    expect(excel.syncs.length).toBeLessThan(20);
  });

  it("are halved when even the first block of a sheet is over the limit", async () => {
    const wide: Rows = Array.from({ length: 100 }, (_, r) => Array.from({ length: 64 }, (_, c) => `${r}:${c} `.padEnd(1000, "x")));
    const excel = new FakeExcel(undefined, "propagate");
    excel.addSheet("Rapporter", wide);
    const [sheet] = await new OfficeWorkbook(excel.run).readSheets(["Rapporter"]);
    expect(sheet.values).toEqual(wide);
  });
});

describe("the Excel double's read limits", () => {
  it("refuses to read the values of more than 5,000,000 cells, while their address loads", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Stort", [["a"]]);
    await excel.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Stort");
      const address = ws.getRange("A1:XFD1048576").load("address");
      await context.sync();
      expect(address.address).toBe("Stort!A1:XFD1048576");
      ws.getRange("A1:E1000001").load("values");
      await expect(context.sync()).rejects.toMatchObject({ code: "RangeExceedsLimit" });
    });
  });
});
