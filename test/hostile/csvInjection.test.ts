import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { convertWithLibreOffice } from "../charts/convertWithLibreOffice";
import { buildRegister, VALID_REGISTER } from "../checks/fixtures/validRegister";
import { run, snapshot, tempDir } from "./hostileFiles";

// One per active initiative of 2023-Q2 in the fixture register.
const PAYLOADS = ["Avklares;=1+1;", "Avklares,=cmd|' /C calc'!A0", "Se plan;+SUM(1;1);@A1"];

/** The feed's CSV of a register whose status reasons carry a payload each. */
async function feedCsv(): Promise<Uint8Array> {
  // A copy by hand: structuredClone would make dates of another realm under jest.
  const sheets = Object.fromEntries(Object.entries(VALID_REGISTER).map(([name, rows]) => [name, rows.map((r) => [...r])]));
  const q2 = sheets.Rapporter.filter((r) => r[1] === "2023-Q2" && r[2] === "Aktiv");
  PAYLOADS.forEach((p, i) => {
    q2[i % q2.length][3] = "Gul";
    q2[i % q2.length][4] = p;
  });
  const dir = tempDir();
  const register = join(dir, "register.xlsx");
  await buildRegister(sheets).xlsx.writeFile(register);
  const before = snapshot(dir);
  const out = join(dir, "feed");
  expect((await run("feed", register, "--out", out)).code).toBe(0);
  expect(snapshot(dir)).toMatchObject(before);
  return new Uint8Array(readFileSync(join(out, "initiatives.csv")));
}

function isFormula(cell: ExcelJS.Cell): boolean {
  return cell.type === ExcelJS.ValueType.Formula;
}

/** Every cell of the CSV as LibreOffice reads it with this separator (59 is ";", 44 is ","). */
async function openedWith(csv: Uint8Array, separator: 59 | 44): Promise<ExcelJS.Cell[]> {
  const xlsx = convertWithLibreOffice(csv, "xlsx", "initiatives.csv", [`--infilter=CSV:${separator},34,76,1`]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(xlsx as unknown as ArrayBuffer);
  const cells: ExcelJS.Cell[] = [];
  wb.worksheets[0].eachRow((row) => row.eachCell((cell) => cells.push(cell)));
  return cells;
}

describe("CSV opened where ';' is the list separator", () => {
  let csv: Uint8Array;
  beforeAll(async () => {
    csv = await feedCsv();
  }, 120_000);

  it("LibreOffice splitting at ';' makes no formula cell: every piece that starts like a formula is guarded", async () => {
    const cells = await openedWith(csv, 59);
    expect(cells.filter(isFormula).map((c) => c.address)).toEqual([]);
    const pieces = cells.map((c) => String(c.value)).filter((t) => /^'?[=+@]/.test(t));
    expect(pieces.length).toBeGreaterThanOrEqual(3);
    for (const piece of pieces) {
      expect(piece.startsWith("'")).toBe(true);
    }
  }, 120_000);

  it("LibreOffice reading it as written (',') keeps each payload whole in one text cell", async () => {
    const cells = await openedWith(csv, 44);
    expect(cells.filter(isFormula).map((c) => c.address)).toEqual([]);
    const texts = cells.map((c) => String(c.value));
    for (const p of PAYLOADS) {
      expect(texts).toContain(p.replace(/([;,])(?=[=+\-@])/g, "$1'"));
    }
  }, 120_000);
});
