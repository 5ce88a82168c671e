import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { summarizeWorkbook } from "../../src/app/summarizeWorkbook";
import type { Period } from "../../src/core/register/period";
import type { Summary } from "../../src/core/summary/summary";
import { FileWorkbook } from "../../src/host/file/fileWorkbook";
import { convertWithLibreOffice } from "../charts/convertWithLibreOffice";
import { fill } from "../template/templateFiles";
import { indexParts, partBytes, partsOf } from "./packageParts";
import { SAMPLE_REPORT_NB } from "../report/sampleReport";
import { makeWriterFiles, SAMPLE, type Writer } from "./writerFiles";
import { run } from "../cli/checkFiles";

const WRITERS: Writer[] = ["LibreOffice", "openpyxl", "XlsxWriter", "Gnumeric", "LibreOffice strict"];

// LibreOffice, python and Gnumeric each take seconds a file: every file is made once, here.
jest.setTimeout(10 * 60_000);
const dir = mkdtempSync(join(tmpdir(), "writers-"));
let files: Map<Writer, string>;
let sampleSummary: Summary;

beforeAll(async () => {
  files = await makeWriterFiles(dir, WRITERS);
  sampleSummary = await summarizeWorkbook(await open(SAMPLE));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function open(path: string): Promise<FileWorkbook> {
  return FileWorkbook.open(new Uint8Array(readFileSync(path)), path);
}

describe.each(WRITERS)("a register saved by %s", (writer) => {
  let input: string;
  let output: string;
  beforeAll(async () => {
    input = files.get(writer)!;
    output = join(dir, `${writer}-rapport.xlsx`);
    expect((await run("report", input, "--out", output)).code).toBe(0);
  });

  it("gives the same figures as the sample, its roadmap and topics included", async () => {
    expect(sampleSummary.roadmap?.goals.flatMap((g) => g.areas.flatMap((a) => a.rows))).toHaveLength(99);
    expect(sampleSummary.topics).toHaveLength(3);
    expect(await summarizeWorkbook(await open(input))).toEqual(sampleSummary);
  });

  it("keeps every part of its own after report, byte for byte, the register sheets among them", async () => {
    const before = await JSZip.loadAsync(readFileSync(input));
    const after = await JSZip.loadAsync(readFileSync(output));
    const index = await indexParts(before);
    const own = partsOf(before).filter((p) => !index.has(p));
    expect(own.filter((p) => p.includes("worksheets/") && !p.includes("_rels")).length).toBeGreaterThanOrEqual(5);
    const changed: string[] = [];
    for (const part of own) {
      const kept = await partBytes(after, part);
      if (!kept || !kept.equals((await partBytes(before, part))!)) {
        changed.push(part);
      }
    }
    expect(changed).toEqual([]);
  });

  it("lists the report sheets after its own, and LibreOffice opens the result with them", async () => {
    const names = (await (await open(input)).readSheets()).map((s) => s.name);
    const reread = join(dir, `${writer}-reread.xlsx`);
    writeFileSync(reread, convertWithLibreOffice(new Uint8Array(readFileSync(output)), "xlsx"));
    const sheets = await (await open(reread)).readSheets();
    expect(sheets.map((s) => s.name)).toEqual([...names, ...SAMPLE_REPORT_NB]);
    const summary = sheets.find((s) => s.name === "Oppsummering")!;
    expect(summary.values.flat()).toContain(sampleSummary.initiatives.active);
    // The roadmap and the topics come from the register's Veikart and Temaer as this writer saved them.
    expect(sheets.find((s) => s.name === "Tiltak for 2024")!.values.flat()).toContain("Modernisering av MSIS og SYSVAK");
    expect(sheets.find((s) => s.name === "Aktuelle tema")!.values.flat()).toContain("Status Helseplattformen");
    if (writer === "openpyxl") {
      expect(partsOf(await JSZip.loadAsync(readFileSync(reread))).some((p) => p.startsWith("xl/pivotTables/"))).toBe(true);
    }
  });
});

describe.each<Writer>(["openpyxl", "XlsxWriter"])("import into a register saved by %s", (writer) => {
  let input: string;
  let output: string;
  let before: JSZip;
  let after: JSZip;
  beforeAll(async () => {
    input = files.get(writer)!;
    const templates = join(dir, `${writer}-maler`);
    expect((await run("templates", input, "--period", "2023-Q3", "--out", templates)).code).toBe(0);
    const t004 = readdirSync(templates).find((f) => f.startsWith("T-004"))!;
    const filled = await fill(
      join(templates, t004),
      { cells: { Status: "Rød", Statusbegrunnelse: "Leverandøren er forsinket" } },
      join(dir, `${writer}-T-004.xlsx`),
    );
    output = join(dir, `${writer}-importert.xlsx`);
    expect((await run("import", input, filled, "--out", output)).code).toBe(0);
    before = await JSZip.loadAsync(readFileSync(input));
    after = await JSZip.loadAsync(readFileSync(output));
  });

  it("takes the template's answers into the register", async () => {
    const summary = await summarizeWorkbook(await open(output), "2023-Q3" as Period);
    expect(summary.status.red.map((r) => [r.id, r.reason])).toContainEqual(["T-004", "Leverandøren er forsinket"]);
  });

  it("rewrites only the sheets whose rows change (and their table), keeping charts, pivot, picture, note and names", async () => {
    const index = await indexParts(before);
    const edited = [await sheetPart(before, "Rapporter"), await sheetPart(before, "Avhengigheter")];
    const changed: string[] = [];
    for (const part of partsOf(before).filter((p) => !index.has(p))) {
      const kept = await partBytes(after, part);
      if (!kept || !kept.equals((await partBytes(before, part))!)) {
        changed.push(part);
      }
    }
    const expected = writer === "XlsxWriter" ? [...edited, "xl/tables/table1.xml"] : edited;
    expect(changed.sort()).toEqual(expected.sort());
    const parts = partsOf(after);
    const kinds =
      writer === "openpyxl"
        ? [/^xl\/charts\/chart\d+\.xml$/, /^xl\/pivotTables\/pivotTable1\.xml$/, /^xl\/pivotCache\//, /^xl\/comments\/comment1\.xml$/]
        : [/^xl\/charts\/chart\d+\.xml$/, /^xl\/media\/image1\.png$/, /^xl\/tables\/table1\.xml$/];
    for (const kind of kinds) {
      expect([kind.source, parts.some((p) => kind.test(p))]).toEqual([kind.source, true]);
    }
    if (writer === "openpyxl") {
      expect(await after.file("xl/workbook.xml")!.async("string")).toContain("Tiltaksliste");
    }
  });

  it("keeps the sheet's conditional formats, validations and table over the rows, grown by the rows added", async () => {
    const part = await sheetPart(after, "Rapporter");
    const xml = await after.file(part)!.async("string");
    const rows = (await (await open(output)).readSheets(["Rapporter"]))[0].values.length;
    if (writer === "openpyxl") {
      expect(xml).toMatch(/<conditionalFormatting sqref="D2:D500"/);
    }
    if (writer === "XlsxWriter") {
      expect(xml).toMatch(/<dataValidation [^>]*sqref="D2:D1001"/);
      const table = await after.file("xl/tables/table1.xml")!.async("string");
      expect(table).toContain(`ref="A1:I${rows}"`);
    }
  });
});

describe("a strict Open XML register (ISO/IEC 29500 strict namespaces)", () => {
  let strict: string;
  beforeAll(async () => {
    strict = join(dir, "strict.xlsx");
    writeFileSync(strict, await toStrictNamespaces(new Uint8Array(readFileSync(files.get("LibreOffice strict")!))));
  });

  it("is read: the same figures as the sample", async () => {
    expect(await summarizeWorkbook(await open(strict))).toEqual(sampleSummary);
  });

  it("is refused for report with one clear line, and nothing is written", async () => {
    const out = join(dir, "strict-rapport.xlsx");
    const { code, err } = await run("report", strict, "--out", out);
    expect(code).toBe(2);
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(/Strict Open XML.*vanlig Excel-arbeidsbok/);
    expect(() => readFileSync(out)).toThrow();
  });
});

async function sheetPart(zip: JSZip, name: string): Promise<string> {
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const id =
    new RegExp(`<sheet [^>]*name="${name}"[^>]*\\bid="([^"]+)"`).exec(workbook)?.[1] ??
    new RegExp(`<sheet [^>]*\\bid="([^"]+)"[^>]*name="${name}"`).exec(workbook)?.[1];
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const target =
    new RegExp(`<Relationship [^>]*Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ??
    new RegExp(`<Relationship [^>]*Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.[1];
  return target!.startsWith("/") ? target!.slice(1) : `xl/${target}`;
}

/** The same package in strict namespaces, as Excel's "Strict Open XML Spreadsheet" saves it (test-side rewrite). */
async function toStrictNamespaces(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const swaps: Array<[string, string]> = [
    ["http://schemas.openxmlformats.org/spreadsheetml/2006/main", "http://purl.oclc.org/ooxml/spreadsheetml/main"],
    ["http://schemas.openxmlformats.org/officeDocument/2006/relationships", "http://purl.oclc.org/ooxml/officeDocument/relationships"],
  ];
  for (const name of partsOf(zip).filter((p) => /\.(xml|rels)$/.test(p))) {
    let text = await zip.file(name)!.async("string");
    for (const [from, to] of swaps) {
      text = text.split(from).join(to);
    }
    zip.file(name, text);
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
