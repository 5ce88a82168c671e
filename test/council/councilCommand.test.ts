import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";
import { allCells, packageParts, readBack, registerBytes, sheetParts } from "./registerFixture";

const SAMPLE = join(__dirname, "..", "..", "assets", "sample-portfolio.xlsx");
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;

async function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(
    argv,
    (t) => out.push(t),
    (t) => err.push(t),
  );
  return { code, out, err };
}

/** The value beside a label on the cover sheet. */
function coverValue(ws: ExcelJS.Worksheet, label: string): ExcelJS.CellValue {
  let found: ExcelJS.CellValue = null;
  ws.eachRow((row) => {
    if (row.getCell(1).value === label) {
      found = row.getCell(2).value;
    }
  });
  return found;
}

describe("council command on the sample register", () => {
  const dir = mkdtempSync(join(tmpdir(), "council-"));
  const councilFile = join(dir, "council.xlsx");
  const reportFile = join(dir, "report.xlsx");
  let code: number;
  let council: ExcelJS.Workbook;
  let register: ExcelJS.Workbook;
  let report: ExcelJS.Workbook;
  let parts: Map<string, string>;

  beforeAll(async () => {
    code = (await run("council", SAMPLE, "--out", councilFile)).code;
    await run("report", SAMPLE, "--out", reportFile);
    const bytes = new Uint8Array(readFileSync(councilFile));
    council = await readBack(bytes);
    parts = await packageParts(bytes);
    register = await readBack(new Uint8Array(readFileSync(SAMPLE)));
    report = await readBack(new Uint8Array(readFileSync(reportFile)));
  });

  it("exits with 0 for a register without errors", () => {
    expect(code).toBe(0);
  });

  it("holds the cover and every report sheet but the checks sheet, and none of the register's sheets", () => {
    expect(council.worksheets.map((ws) => ws.name)).toEqual([
      "Forside",
      "Oppsummering",
      "Status",
      "Risiko",
      "Historikk",
      "Avhengigheter rapport",
      "Mål og bærekraft",
      "Aktuelle tema",
      "Driftskostnader tabell",
      "Tiltak for 2024",
    ]);
  });

  it("shows the same report sheets as the report command, in the same order", () => {
    const registerSheets = register.worksheets.map((ws) => ws.name);
    const reportSheets = report.worksheets.map((ws) => ws.name).filter((n) => !registerSheets.includes(n) && n !== "Kontroll");
    expect(council.worksheets.slice(1).map((ws) => ws.name)).toEqual(reportSheets);
  });

  it("carries the report's native charts, each over cells of its own workbook", () => {
    const charts = [...parts.keys()].filter((p) => /^xl\/charts\/chart\d+\.xml$/.test(p));
    expect(charts.length).toBeGreaterThanOrEqual(6);
    const names = new Set(council.worksheets.map((ws) => ws.name));
    const references = charts.flatMap((p) => [...parts.get(p)!.matchAll(/<c:f>([^<]*)<\/c:f>/g)].map((m) => m[1]));
    expect(references.length).toBeGreaterThan(0);
    expect(references.map(sheetOfReference).filter((sheet) => !names.has(sheet))).toEqual([]);
  });

  it("names the period, the previous period, the day it was made and the source file on the cover", () => {
    const cover = council.getWorksheet("Forside")!;
    expect(cover.getCell("A1").value).toBe("Nasjonal e-helseportefølje");
    expect(coverValue(cover, "Periode")).toBe("2023-Q2");
    expect(coverValue(cover, "Forrige periode")).toBe("2023-Q1");
    const made = coverValue(cover, "Laget") as Date;
    expect(made).toBeInstanceOf(Date);
    expect(Math.abs(made.getTime() - Date.now())).toBeLessThan(2 * 86_400_000);
    expect(coverValue(cover, "Kilde")).toBe("sample-portfolio.xlsx");
  });

  it("has no hidden sheets, no defined names and no links to other files", () => {
    expect(council.worksheets.every((ws) => ws.state === "visible")).toBe(true);
    const workbookXml = parts.get("xl/workbook.xml")!;
    expect(workbookXml).not.toMatch(/state="(hidden|veryHidden)"/);
    expect(workbookXml).not.toMatch(/<definedName/);
    expect([...parts.keys()].filter((p) => /externalLink/i.test(p))).toEqual([]);
    expect([...parts.values()].filter((xml) => /TargetMode="External"/.test(xml))).toEqual([]);
  });

  it("holds values only: no formula in any sheet", () => {
    const sheets = sheetParts(parts);
    expect(sheets.length).toBe(council.worksheets.length);
    for (const [, xml] of sheets) {
      expect(xml).not.toMatch(/<f[ >]/);
    }
    expect(allCells(council).filter((c) => c.type === ExcelJS.ValueType.Formula)).toEqual([]);
  });

  it("has no e-mail address in any part of the package", () => {
    const withAddress = [...parts].filter(([, xml]) => EMAIL.test(xml)).map(([path, xml]) => `${path}: ${EMAIL.exec(xml)![0]}`);
    expect(withAddress).toEqual([]);
  });

  it("carries none of the register's contact addresses, and of its dates only the deadlines the report lists", () => {
    const contacts = columnValues(register.getWorksheet("Tiltak")!, "Kontakt");
    expect(contacts.length).toBeGreaterThan(30);
    const everything = [...parts.values()].join("\n");
    for (const contact of contacts) {
      expect(everything).not.toContain(String(contact));
    }
    const dayOf = (v: ExcelJS.CellValue) => (v instanceof Date ? v.toISOString().slice(0, 10) : undefined);
    const deadlines = new Set(columnValues(register.getWorksheet("Avhengigheter")!, "Frist").map(dayOf));
    const otherDates = ["Startdato", "Sluttdato"]
      .flatMap((h) => columnValues(register.getWorksheet("Tiltak")!, h))
      .concat(columnValues(register.getWorksheet("Rapporter")!, "Rapportert"))
      .map(dayOf)
      .filter((d) => !deadlines.has(d));
    expect(otherDates.length).toBeGreaterThan(80);
    const shown = allCells(council)
      .filter((c) => c.sheet !== "Forside" && c.value instanceof Date)
      .map((c) => dayOf(c.value));
    expect(shown.filter((d) => !deadlines.has(d))).toEqual([]);
    expect(shown.filter((d) => otherDates.includes(d))).toEqual([]);
  });
  it("shows register texts only from the columns the report is made of", () => {
    const shownColumns = new Set([
      "Tiltak/ID",
      "Tiltak/Navn",
      "Tiltak/Eier",
      "Tiltak/Segment",
      "Tiltak/Hovedmål",
      // A single goal code ("3") labels a row of the goals table; a list ("3, 9") never appears.
      "Tiltak/Andre mål",
      "Tiltak/Bærekraftsmål",
      "Rapporter/ID",
      "Rapporter/Periode",
      "Rapporter/Fase",
      "Rapporter/Status",
      "Rapporter/Statusbegrunnelse",
      "Rapporter/Risiko",
      "Rapporter/Risikobegrunnelse",
      "Avhengigheter/ID",
      "Avhengigheter/Periode",
      "Avhengigheter/Avhengighet",
      "Avhengigheter/Kategori",
      "Avhengigheter/Kritikalitet",
      "Avhengigheter/Status",
      "Driftskostnader/Løsning",
      "Driftskostnader/Tiltak",
      "Driftskostnader/Del",
      "Kodeverk/Liste",
      "Kodeverk/Kode",
      "Kodeverk/Beskrivelse",
      // Chapter 3 (Oppsummering), chapter 4 (Aktuelle tema) and chapter 7 (Tiltak for 2024).
      "Tiltak/Beskrivelse",
      "Tiltak/Sluttrapport",
      "Temaer/Tema",
      "Temaer/Tekst",
      "Veikart/Område",
      "Veikart/Hvem",
      "Veikart/Tjeneste",
      "Veikart/Aktivitet",
    ]);
    const columnsOf = new Map<string, Set<string>>();
    for (const ws of register.worksheets) {
      const headers = ws.getRow(1).values as ExcelJS.CellValue[];
      ws.eachRow((row, n) =>
        row.eachCell((cell, col) => {
          if (n === 1 || typeof cell.value !== "string") {
            return;
          }
          const key = cell.value.trim();
          if (!columnsOf.has(key)) {
            columnsOf.set(key, new Set());
          }
          columnsOf.get(key)!.add(`${ws.name}/${String(headers[col])}`);
        }),
      );
    }
    const fromRegister = allCells(council).filter((c) => typeof c.value === "string" && columnsOf.has(c.value.trim()));
    expect(fromRegister.length).toBeGreaterThan(50);
    const unexpected = fromRegister
      .filter((c) => ![...columnsOf.get((c.value as string).trim())!].some((column) => shownColumns.has(column)))
      .map((c) => `${c.sheet}!${c.address}: ${String(c.value)}`);
    expect(unexpected).toEqual([]);
  });
});

describe("council command", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "council-"));
  });

  it("names its sheets in English with --lang en", async () => {
    const out = join(dir, "council.xlsx");
    expect((await run("council", SAMPLE, "--out", out, "--lang", "en")).code).toBe(0);
    const wb = await readBack(new Uint8Array(readFileSync(out)));
    expect(wb.worksheets.map((ws) => ws.name)).toEqual([
      "Cover",
      "Summary",
      "Status",
      "Risk",
      "Status history",
      "Dependencies report",
      "Goals and sustainability",
      "Current topics",
      "Operating costs table",
      "Initiatives for 2024",
    ]);
  });

  it("exports the chosen period, with a dash for a previous period the register does not have", async () => {
    const out = join(dir, "council.xlsx");
    await run("council", SAMPLE, "--out", out, "--period", "2023-Q1");
    const cover = (await readBack(new Uint8Array(readFileSync(out)))).getWorksheet("Forside")!;
    expect(coverValue(cover, "Periode")).toBe("2023-Q1");
    expect(coverValue(cover, "Forrige periode")).toBe("–");
  });

  it("still writes the workbook when the register has errors, and exits with 1", async () => {
    const registerFile = join(dir, "register.xlsx");
    writeFileSync(
      registerFile,
      await registerBytes({
        Tiltak: [{ ID: "T-1", Navn: "Alfa", Eier: "KS", Segment: "Orientering", Hovedmål: 1 }],
        Rapporter: [{ ID: "T-1", Periode: "2023-Q2", Fase: "Aktiv", Status: "Lilla" }],
      }),
    );
    const out = join(dir, "council.xlsx");
    expect((await run("council", registerFile, "--out", out)).code).toBe(1);
    expect((await readBack(new Uint8Array(readFileSync(out)))).worksheets[0].name).toBe("Forside");
  });

  it.each([
    ["a missing register", () => join(dir, "nowhere.xlsx")],
    [
      "a file that is not a workbook",
      () => {
        writeFileSync(join(dir, "notes.xlsx"), "just text");
        return join(dir, "notes.xlsx");
      },
    ],
  ])("stops with exit code 2, one line and no file for %s", async (_case, input) => {
    const out = join(dir, "council.xlsx");
    const { code, err } = await run("council", input(), "--out", out);
    expect(code).toBe(2);
    expect(err).toHaveLength(1);
    expect(err[0]).not.toContain("\n");
    expect(existsSync(out)).toBe(false);
  });

  it("never writes over the register itself", async () => {
    const copy = join(dir, "register.xlsx");
    writeFileSync(copy, readFileSync(SAMPLE));
    expect((await run("council", copy, "--out", copy)).code).toBe(2);
    expect(readFileSync(copy).equals(readFileSync(SAMPLE))).toBe(true);
  });
});

function columnValues(ws: ExcelJS.Worksheet, header: string): ExcelJS.CellValue[] {
  const column = (ws.getRow(1).values as ExcelJS.CellValue[]).indexOf(header);
  if (column < 1) {
    throw new Error(`no column ${header} in ${ws.name}`);
  }
  const values: ExcelJS.CellValue[] = [];
  ws.eachRow((row, n) => {
    const v = row.getCell(column).value;
    if (n > 1 && v !== null && v !== undefined && v !== "") {
      values.push(v);
    }
  });
  return values;
}

/** The sheet a chart's range reference points at: 'Mål og bærekraft'!$A$2:$A$6 → Mål og bærekraft. */
function sheetOfReference(xmlText: string): string {
  const ref = xmlText.replace(/&apos;/g, "'").replace(/&amp;/g, "&");
  const quoted = /^'((?:[^']|'')*)'!/.exec(ref);
  return quoted ? quoted[1].replace(/''/g, "'") : ref.slice(0, ref.indexOf("!"));
}
