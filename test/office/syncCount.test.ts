import { buildReport } from "../../src/app/buildReport";
import { checkWorkbook } from "../../src/app/checkWorkbook";
import { OfficeWorkbook } from "../../src/host/office/officeWorkbook";
import { FakeExcel, type NullNavigation } from "./double/fakeExcel";
import { excelWithRegister, FOUR_MB } from "./loadRegister";
import { registerBytes, registerValues } from "./registerValues";

async function runCommands(initiatives: number, nullNavigation: NullNavigation = "propagate") {
  const excel = new FakeExcel(undefined, nullNavigation);
  for (const sheet of excelWithRegister(initiatives).sheets) {
    excel.sheets.push(sheet);
  }
  const workbook = new OfficeWorkbook(excel.run);
  const check = await checkWorkbook(workbook);
  const checkSyncs = excel.syncs.length;
  const report = await buildReport(workbook, { lang: "nb" });
  return { excel, check, report, checkSyncs, reportSyncs: excel.syncs.length - checkSyncs };
}

describe("Office adapter: syncs do not grow with the register", () => {
  let small: Awaited<ReturnType<typeof runCommands>>;
  let large: Awaited<ReturnType<typeof runCommands>>;

  beforeAll(async () => {
    small = await runCommands(40);
    large = await runCommands(2000);
  });

  it("uses registers that are both under 4 MB, the larger one fifty times the size", () => {
    expect(registerBytes(registerValues(40))).toBeLessThan(FOUR_MB);
    expect(registerBytes(registerValues(2000))).toBeLessThan(FOUR_MB);
    expect(registerBytes(registerValues(2000))).toBeGreaterThan(40 * registerBytes(registerValues(40)));
  });

  it("reads the whole register: every initiative active, no errors", () => {
    expect(small.report.summary.initiatives.active).toBe(40);
    expect(large.report.summary.initiatives.active).toBe(2000);
    expect(small.check.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(large.check.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("needs the same small number of syncs for 40 and for 2,000 initiatives", () => {
    expect(large.checkSyncs).toBe(small.checkSyncs);
    expect(large.reportSyncs).toBe(small.reportSyncs);
    // check: the sheets by name with their sizes and first rows, then the rest; report: the same read, then one write.
    expect(small.checkSyncs).toBeLessThanOrEqual(2);
    expect(small.reportSyncs).toBe(small.checkSyncs + 1);
    expect(small.reportSyncs).toBeLessThanOrEqual(4);
  });

  it("spends no sync of the report on listing the sheets: the write is one sync after the read", () => {
    for (const { excel, checkSyncs } of [small, large]) {
      const report = excel.syncs.slice(checkSyncs);
      const writes = report.filter((s) => s.calls.some((c) => c.endsWith("values=")));
      expect(writes).toEqual([report[report.length - 1]]);
      expect(report.filter((s) => s.calls.every((c) => c === "worksheets.load(items/name)"))).toEqual([]);
    }
  });

  it("reads a register whose sheets all fit in their first rows in one sync", async () => {
    const tiny = await runCommands(12);
    expect(tiny.checkSyncs).toBe(1);
    expect(tiny.reportSyncs).toBe(2);
  });

  it("on a host that refuses ranges of missing sheets, gives the same result within 4 syncs a command", async () => {
    const strict = await runCommands(2000, "fail");
    expect(strict.check.findings).toEqual(large.check.findings);
    expect(strict.report.summary).toEqual(large.report.summary);
    // check: the refused sync, the sheet list, sizes and first rows, the rest; report: list, sizes, rest, write.
    expect([strict.checkSyncs, strict.reportSyncs]).toEqual([4, 4]);
  });

  it("runs each command as one batch for the read and one for the write", () => {
    expect(small.excel.batchCount).toBe(3);
    expect(large.excel.batchCount).toBe(3);
  });

  it("keeps every sync's payload under 4 MB", () => {
    for (const { excel } of [small, large]) {
      for (const sync of excel.syncs) {
        expect(sync.requestBytes).toBeLessThan(FOUR_MB);
        expect(sync.responseBytes).toBeLessThan(FOUR_MB);
      }
    }
  });

  it("writes the report with calculation and screen updating suspended", () => {
    for (const { excel } of [small, large]) {
      const writes = excel.syncs.filter((s) => s.calls.some((c) => c.endsWith("values=")));
      expect(writes.length).toBeGreaterThan(0);
      for (const sync of writes) {
        expect(sync.calculationSuspended).toBe(true);
        expect(sync.screenUpdatingSuspended).toBe(true);
      }
    }
  });

  it("adds the report sheets after the register's own, which stay as they were", () => {
    expect(large.excel.sheets.map((s) => s.name)).toEqual([
      "Tiltak",
      "Rapporter",
      "Avhengigheter",
      "Driftskostnader",
      ...large.report.sheets,
    ]);
    const tiltak = registerValues(2000).Tiltak;
    expect(large.excel.sheet("Tiltak").valuesIn({ top: 1, left: 1, bottom: tiltak.length, right: tiltak[0].length })).toEqual(
      tiltak.map((row) => row.map((v) => v ?? "")),
    );
  });
});
