import { checkRegister } from "../../src/core/checks/checkRegister";
import type { CellValue } from "../../src/core/cells";
import { FileWorkbook } from "../../src/host/file/fileWorkbook";
import { summarize } from "../../src/core/summary/summary";
import type { SheetData } from "../../src/core/sheet";
import { buildRegister, VALID_REGISTER } from "../checks/fixtures/validRegister";

const sheet = (name: string, values: CellValue[][]): SheetData => ({ name, origin: { row: 1, column: 1 }, values });
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const asDate = (serial: number) => new Date(EXCEL_EPOCH + serial * 86_400_000);

/** The valid register with one start date replaced, as the core sees it. */
function withStartDate(value: CellValue) {
  const tiltak = VALID_REGISTER.Tiltak.map((r) => [...r]) as CellValue[][];
  tiltak[1][8] = value;
  const others = Object.entries(VALID_REGISTER)
    .filter(([n]) => n !== "Tiltak")
    .map(([n, rows]) => sheet(n, rows as CellValue[][]));
  return checkRegister([sheet("Tiltak", tiltak), ...others]);
}

describe("date cells outside the days a register can mean", () => {
  it.each([
    ["serial 0 (Excel's 1900-01-00)", 0],
    ["serial −5", -5],
    ["serial 2958466 (the year 10000)", 2958466],
    ["serial 1e12", 1e12],
    ["a date cell of serial 0", asDate(0)],
    ["a date cell of serial −5", asDate(-5)],
    ["a date cell of the year 10000", asDate(2958466)],
    ["ISO text of the year 1850", "1850-01-01"],
  ])("%s is a date finding at its cell, not an 1899 or year-10000 date", (_what, value) => {
    const { findings, register } = withStartDate(value);
    expect(findings.find((f) => f.cell === "I2")?.type).toBe("cell/date");
    expect(register.initiatives[0].startDate).toBeUndefined();
  });
});

describe("a stray period far in the future", () => {
  it("9999-Q4 is a period finding at its cell and does not become the current period", () => {
    const rapporter = VALID_REGISTER.Rapporter.map((r) => [...r]) as CellValue[][];
    rapporter.push(["T-003", "9999-Q4", "Aktiv", "Grønn", null, null, null, null, null]);
    const sheets = Object.entries(VALID_REGISTER).map(([n, rows]) => sheet(n, n === "Rapporter" ? rapporter : (rows as CellValue[][])));
    const { findings, register } = checkRegister(sheets);
    expect(findings.find((f) => f.sheet === "Rapporter" && f.cell === `B${rapporter.length}`)?.type).toBe("cell/period");
    expect(summarize(register, findings).period).toBe("2023-Q2");
  });
});

describe("date cells in a file, read by the file host", () => {
  async function startDateFinding(serial: number) {
    const wb = buildRegister();
    const cell = wb.getWorksheet("Tiltak")!.getCell("I2");
    cell.value = serial;
    cell.numFmt = "dd.mm.yyyy";
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const port = await FileWorkbook.open(bytes, "register.xlsx");
    return checkRegister(await port.readSheets()).findings.find((f) => f.cell === "I2");
  }

  it.each([0, -5, 2958466, 1e12])("serial %d formatted as a date is a finding that shows the number the cell holds", async (serial) => {
    const finding = await startDateFinding(serial);
    expect(finding?.type).toBe("cell/date");
    expect(Number(finding?.value)).toBe(serial);
  });
});
