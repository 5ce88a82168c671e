import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { buildReport } from "../../src/app/buildReport";
import { FileWorkbook } from "../../src/host/file/fileWorkbook";
import { HostError } from "../../src/workbook/errors";
import { SAMPLE, SAMPLE_REPORT_NB } from "./sampleReport";

/** The sample register with sheets of the office's own, two of them named as report sheets of English or another year. */
async function registerWithOwnSheets(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(SAMPLE) as unknown as ArrayBuffer);
  wb.addWorksheet("Risk").getCell("A1").value = "Our own risk notes";
  wb.addWorksheet("Tiltak for 2023").getCell("A1").value = "Fjorårets plan, slik vi skrev den";
  wb.addWorksheet("Notater").getCell("A1").value = "Møtenotater";
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function report(bytes: Uint8Array, options: Parameters<typeof buildReport>[1]): Promise<Uint8Array> {
  const port = await FileWorkbook.open(bytes, "register.xlsx");
  await buildReport(port, options);
  return port.save();
}

/** The sheet names in order, and the names of the sheets carrying the report's mark. */
async function sheetsAndMarks(bytes: Uint8Array): Promise<{ sheets: string[]; marked: string[] }> {
  const xml = await (await JSZip.loadAsync(bytes)).file("xl/workbook.xml")!.async("string");
  const sheets = [...xml.matchAll(/<sheet\b[^>]*\bname="([^"]+)"/g)].map((m) => m[1]);
  const marked = [...xml.matchAll(/<definedName name="_PortfolioReport" localSheetId="(\d+)" hidden="1">TRUE<\/definedName>/g)].map(
    (m) => sheets[Number(m[1])],
  );
  return { sheets, marked };
}

async function cellA1(bytes: Uint8Array, sheet: string): Promise<unknown> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb.getWorksheet(sheet)?.getCell("A1").value;
}

describe("the report's own sheets in a register with sheets of the office's own", () => {
  let register: Uint8Array;
  let first: Uint8Array;
  beforeAll(async () => {
    register = await registerWithOwnSheets();
    first = await report(register, { lang: "nb" });
  });

  it("marks exactly the sheets it writes as its own", async () => {
    const { sheets, marked } = await sheetsAndMarks(first);
    expect(sheets.slice(-SAMPLE_REPORT_NB.length)).toEqual(SAMPLE_REPORT_NB);
    expect(marked).toEqual(SAMPLE_REPORT_NB);
  });

  it("replaces its own sheets on a rerun for another plan year, and leaves the office's Risk and Tiltak for 2023", async () => {
    const again = await report(first, { lang: "nb", year: 2025 });
    const { sheets, marked } = await sheetsAndMarks(again);
    const expected = SAMPLE_REPORT_NB.map((n) => (n === "Tiltak for 2024" ? "Tiltak for 2025" : n));
    expect(marked).toEqual(expected);
    expect(sheets).toEqual([...(await sheetsAndMarks(register)).sheets, ...expected]);
    expect(await cellA1(again, "Risk")).toBe("Our own risk notes");
    expect(await cellA1(again, "Tiltak for 2023")).toBe("Fjorårets plan, slik vi skrev den");
  });

  it("refuses an English report, whose Risk sheet would take the office's name, and leaves the workbook as it was", async () => {
    const port = await FileWorkbook.open(first, "rapport.xlsx");
    const outcome = buildReport(port, { lang: "en" });
    await expect(outcome).rejects.toBeInstanceOf(HostError);
    await expect(outcome).rejects.toMatchObject({ reason: "sheet-exists", subject: "Risk" });
    // What the port saves after the refusal is the report it was given, byte for byte.
    expect(Buffer.from(await port.save()).equals(Buffer.from(first))).toBe(true);
  });
});
