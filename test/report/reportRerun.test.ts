import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { SAMPLE, SAMPLE_REPORT_NB } from "./sampleReport";

const REGISTER_SHEETS = ["Tiltak", "Rapporter", "Avhengigheter", "Driftskostnader", "Kodeverk", "Veikart", "Temaer"];
const REPORT_EN = [
  "Summary",
  "Status",
  "Risk",
  "Status history",
  "Dependencies report",
  "Goals and sustainability",
  "Current topics",
  "Operating costs table",
  "Initiatives for 2024",
  "Checks",
];

async function load(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  return wb;
}

/** Every non-empty cell of a sheet with its value and number format, by address. */
function cellsOf(ws: ExcelJS.Worksheet): Record<string, unknown> {
  const cells: Record<string, unknown> = {};
  ws.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      cells[cell.address] = { value: cell.value, numFmt: cell.numFmt };
    });
  });
  return cells;
}

async function report(input: string, output: string, ...extra: string[]): Promise<number> {
  return main(
    ["report", input, "--out", output, ...extra],
    () => undefined,
    () => undefined,
  );
}

describe("report --out", () => {
  const dir = mkdtempSync(join(tmpdir(), "report-rerun-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let original: ExcelJS.Workbook;
  let first: ExcelJS.Workbook;
  let second: ExcelJS.Workbook;

  beforeAll(async () => {
    expect(await report(SAMPLE, join(dir, "first.xlsx"))).toBe(0);
    expect(await report(join(dir, "first.xlsx"), join(dir, "second.xlsx"), "--lang", "en")).toBe(0);
    [original, first, second] = await Promise.all([SAMPLE, join(dir, "first.xlsx"), join(dir, "second.xlsx")].map(load));
  });

  it("writes the register sheets followed by the report sheets", () => {
    expect(first.worksheets.map((w) => w.name)).toEqual([...REGISTER_SHEETS, ...SAMPLE_REPORT_NB]);
  });

  it("replaces the report sheets when run on its own output, in the other language too", () => {
    expect(second.worksheets.map((w) => w.name)).toEqual([...REGISTER_SHEETS, ...REPORT_EN]);
  });

  it.each(REGISTER_SHEETS)("leaves every cell of %s as it was, on both runs", (name) => {
    const before = cellsOf(original.getWorksheet(name)!);
    expect(Object.keys(before).length).toBeGreaterThan(0);
    expect(cellsOf(first.getWorksheet(name)!)).toEqual(before);
    expect(cellsOf(second.getWorksheet(name)!)).toEqual(before);
  });

  it("gives the same report sheets when rerun in the same language", async () => {
    expect(await report(join(dir, "first.xlsx"), join(dir, "third.xlsx"))).toBe(0);
    const third = await load(join(dir, "third.xlsx"));
    expect(third.worksheets.map((w) => w.name)).toEqual([...REGISTER_SHEETS, ...SAMPLE_REPORT_NB]);
    for (const name of SAMPLE_REPORT_NB) {
      expect(cellsOf(third.getWorksheet(name)!)).toEqual(cellsOf(first.getWorksheet(name)!));
    }
  });

  it("replaces the roadmap of one plan year by that of another (--year)", async () => {
    expect(await report(join(dir, "first.xlsx"), join(dir, "fourth.xlsx"), "--year", "2025")).toBe(0);
    const fourth = await load(join(dir, "fourth.xlsx"));
    const names = fourth.worksheets.map((w) => w.name);
    expect(names).toContain("Tiltak for 2025");
    expect(names).not.toContain("Tiltak for 2024");
    // The sample plans 2024 only: the 2025 roadmap has every goal, and no activity yet.
    expect(cellsOf(fourth.getWorksheet("Tiltak for 2025")!)).toEqual(
      expect.objectContaining({ A1: { value: "Tiltak for 2025", numFmt: undefined } }),
    );
  });
});
