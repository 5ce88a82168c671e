import type { CellValue } from "../../src/core/cells";
import { registerSheetNames } from "../../src/core/register/format";
import type { ReportSheet } from "../../src/core/report/reportSheet";
import { OfficeWorkbook } from "../../src/host/office/officeWorkbook";
import { FakeExcel, type NullNavigation } from "./double/fakeExcel";
import { excelWithRegister, FOUR_MB } from "./loadRegister";
import { registerBytes, registerValues } from "./registerValues";

// 10,000 initiatives with four quarters each: 40,000 report rows with long status and risk reasons.
const OPTIONS = { reasonLength: 160 };
const INITIATIVES = 10_000;

describe("Office adapter: a register over 4 MB", () => {
  const register = registerValues(INITIATIVES, OPTIONS);

  it("is really over 4 MB, with 40,000 report rows", () => {
    expect(register.Rapporter.length - 1).toBe(40_000);
    expect(registerBytes(register)).toBeGreaterThan(FOUR_MB);
  });

  it.each<[string, readonly string[] | undefined, NullNavigation, number]>([
    ["by name", registerSheetNames(), "propagate", 1],
    ["by name, ranges of missing sheets refused", registerSheetNames(), "fail", 3],
    ["from the sheet list", undefined, "fail", 2],
  ])("is read %s in blocks under 4 MB each, in far fewer syncs than rows, with every value intact", async (_how, names, mode, learning) => {
    const excel = excelWithRegister(INITIATIVES, OPTIONS, mode);
    const sheets = await new OfficeWorkbook(excel.run).readSheets(names);

    for (const sync of excel.syncs) {
      expect(sync.responseBytes).toBeLessThan(FOUR_MB);
    }
    const blockSyncs = excel.syncs.filter((s) => s.calls.some((c) => /getRange\(A\d+:[A-Z]+\d+\)\.load\(values\)/.test(c)));
    expect(blockSyncs.length).toBeGreaterThanOrEqual(2);
    // The syncs that learn the sizes (one by name; a refused one, the list and the sizes; or the list and the sizes), then one per 4 MB ÷ 1.5 of data.
    expect(excel.syncs.length).toBeLessThanOrEqual(learning + Math.ceil(registerBytes(register) / (FOUR_MB / 1.5)));
    expect(excel.batchCount).toBe(1);

    const rapporter = sheets.find((s) => s.name === "Rapporter");
    expect(rapporter?.origin).toEqual({ row: 1, column: 1 });
    expect(rapporter?.values).toEqual(asRead(register.Rapporter));
    const tiltak = sheets.find((s) => s.name === "Tiltak");
    expect(tiltak?.values).toEqual(asRead(register.Tiltak));
  });

  it("writes a report sheet over 4 MB in row blocks under 4 MB, each with Excel held still", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Tiltak", [["ID"], ["T-1"]]);
    const values: CellValue[][] = Array.from({ length: 30_000 }, (_, i) => [`T-${i}`, `Forsinket leveranse nr. ${i} `.padEnd(180, "x"), i]);
    const sheet: ReportSheet = {
      key: "findings",
      name: "Kontroll",
      values,
      styles: [],
      merges: [],
      columnWidths: [],
      freezeRows: 1,
      links: [],
      charts: [],
      print: { landscape: true, fitToWidth: true },
    };
    await new OfficeWorkbook(excel.run).writeReportSheets([sheet], []);

    const writes = excel.syncs.filter((s) => s.calls.some((c) => c.endsWith("values=")));
    expect(writes.length).toBeGreaterThanOrEqual(2);
    expect(writes.length).toBeLessThan(10);
    for (const sync of excel.syncs) {
      expect(sync.requestBytes).toBeLessThan(FOUR_MB);
    }
    for (const sync of writes) {
      expect([sync.calculationSuspended, sync.screenUpdatingSuspended]).toEqual([true, true]);
    }
    const written = excel.sheet("Kontroll");
    expect(written.valuesIn({ top: 1, left: 1, bottom: 30_000, right: 3 })).toEqual(values);
    expect(written.cell(30_000, 1)?.value).toBe("T-29999");
  });
});

/** What the core gets for a typed row: empty cells as null. */
function asRead(rows: Array<Array<string | number | boolean | null>>): CellValue[][] {
  return rows.map((row) => row.map((v) => (v === "" || v === null ? null : v)));
}
