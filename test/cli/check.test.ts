import { writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { addRows, buildRegister } from "../checks/fixtures/validRegister";
import { listing, run, tempDir, writeWorkbook } from "./checkFiles";

const SAMPLE = join(__dirname, "..", "..", "assets", "sample-portfolio.xlsx");

interface JsonFinding {
  type: string;
  sheet?: string;
  cell?: string;
  row?: number;
  column?: string;
  value?: unknown;
  message: string;
  hint?: string;
}
interface FindingsJson {
  valid: boolean;
  errors: JsonFinding[];
  warnings: JsonFinding[];
}

function defective(): ExcelJS.Workbook {
  const wb = buildRegister();
  wb.getWorksheet("Rapporter")!.getCell("D8").value = "Gronn"; // error: not in the list
  wb.getWorksheet("Rapporter")!.getCell("H6").value = "125,5"; // warning: decimal comma
  wb.getWorksheet("Tiltak")!.getCell("B3").value = null; // error: name required
  return wb;
}

describe("check <file.xlsx>", () => {
  const dir = tempDir();

  it("exits 0 and says so when the register has nothing wrong", async () => {
    const file = await writeWorkbook(dir, "valid.xlsx", buildRegister());
    const { code, out, err } = await run("check", file);
    expect(code).toBe(0);
    expect(err).toEqual([]);
    expect(out).toContain("0 feil, 0 advarsler");
    expect(out).toContain("Ingen feil eller advarsler.");
  });

  it("exits 1 with errors, grouped by sheet with counts, each line at its cell", async () => {
    const file = await writeWorkbook(dir, "defective.xlsx", defective());
    const { code, out } = await run("check", file);
    expect(code).toBe(1);
    const lines = out.split("\n");
    expect(lines[0]).toBe(`${file} (periode 2023-Q2): 2 feil, 1 advarsel`);
    expect(lines).toContain("Rapporter (1 feil, 1 advarsel)");
    expect(lines).toContain("Tiltak (1 feil, 0 advarsler)");
    expect(out).toMatch(/FEIL +D8 +Status: «Gronn» finnes ikke i kodelisten Status\. Mente du «Grønn»\?/);
    expect(out).toMatch(/ADVARSEL +H6 +Budsjett: /);
    expect(out).toMatch(/FEIL +B3 +Navn: /);
    // Within a sheet, errors come before warnings.
    expect(out.indexOf("D8")).toBeLessThan(out.indexOf("H6"));
  });

  it("speaks English with --lang en", async () => {
    const file = await writeWorkbook(dir, "defective-en.xlsx", defective());
    const { code, out } = await run("check", file, "--lang", "en");
    expect(code).toBe(1);
    expect(out.split("\n")[0]).toBe(`${file} (period 2023-Q2): 2 errors, 1 warning`);
    expect(out).toMatch(/ERROR +D8 +Status: «Gronn» is not in the code list Status\. Did you mean “Grønn”\?/);
  });

  it("prints the findings JSON of the contract with --json, messages in the chosen language", async () => {
    const file = await writeWorkbook(dir, "defective-json.xlsx", defective());
    for (const lang of ["nb", "en"]) {
      const { code, out } = await run("check", file, "--json", "--lang", lang);
      expect(code).toBe(1);
      const json = JSON.parse(out) as FindingsJson;
      expect(json.valid).toBe(false);
      expect(json.errors.map((f) => [f.type, f.sheet, f.cell])).toEqual([
        ["cell/enum", "Rapporter", "D8"],
        ["cell/required", "Tiltak", "B3"],
      ]);
      expect(json.warnings.map((f) => [f.type, f.sheet, f.cell])).toEqual([["cell/decimal-comma", "Rapporter", "H6"]]);
      expect(json.errors[0]).toMatchObject({ row: 8, column: "Status", value: "Gronn", hint: "Grønn" });
      expect(json.errors[0].message).toContain(lang === "nb" ? "finnes ikke" : "is not in");
    }
  });

  it("exits 0 when there are warnings only", async () => {
    const wb = buildRegister();
    wb.getWorksheet("Rapporter")!.getCell("H6").value = "125,5";
    const { code, out } = await run("check", await writeWorkbook(dir, "warnings.xlsx", wb), "--json");
    expect(code).toBe(0);
    expect((JSON.parse(out) as FindingsJson).valid).toBe(true);
  });

  it("checks the chosen --period: a period nobody reported for is a warning", async () => {
    const file = await writeWorkbook(dir, "period.xlsx", buildRegister());
    const { code, out } = await run("check", file, "--period", "2023-Q3", "--json");
    expect(code).toBe(0);
    expect((JSON.parse(out) as FindingsJson).warnings.map((f) => f.type)).toEqual(["sheet/period-not-reported"]);
  });

  it("finds no errors in the bundled sample register (its past-deadline red dependencies and the roadmap's missing activities are warnings)", async () => {
    const { code, out } = await run("check", SAMPLE, "--json");
    expect(code).toBe(0);
    const json = JSON.parse(out) as FindingsJson;
    expect(json.errors).toEqual([]);
    expect(json.warnings.map((f) => f.type)).toContain("cell/deadline-passed");
    // Every warning is about a dependency's deadline in the period, or a roadmap row whose actor has not said what happens.
    const deadlines = json.warnings.filter((f) => f.sheet === "Avhengigheter");
    for (const f of deadlines) {
      expect(f).toMatchObject({ column: "Frist" });
    }
    expect(new Set(deadlines.map((f) => f.type))).toEqual(new Set(["cell/deadline-passed", "cell/deadline-missing"]));
    const roadmap = json.warnings.filter((f) => f.sheet !== "Avhengigheter");
    // The May 2023 report lists nine actors of chapter 7 with no activity for 2024.
    expect(roadmap).toHaveLength(9);
    for (const f of roadmap) {
      expect(f).toMatchObject({ type: "cell/activity-missing", sheet: "Veikart", column: "Aktivitet" });
    }
  });

  it("reports a workbook without register sheets as missing sheets (exit 1), not as unusable", async () => {
    const wb = new ExcelJS.Workbook();
    addRows(wb, "Ark1", [["Hei"]]);
    addRows(wb, "Ark2", []);
    const { code, out } = await run("check", await writeWorkbook(dir, "other.xlsx", wb), "--json");
    expect(code).toBe(1);
    const json = JSON.parse(out) as FindingsJson;
    expect(json.errors.map((f) => [f.type, f.sheet])).toEqual([
      ["sheet/missing", "Rapporter"],
      ["sheet/missing", "Tiltak"],
    ]);
  });

  it("reports a workbook with no sheets at all the same way: it can be read, it just holds no register", async () => {
    const { code, out } = await run("check", await writeWorkbook(dir, "nosheets.xlsx", new ExcelJS.Workbook()), "--json");
    expect(code).toBe(1);
    expect((JSON.parse(out) as FindingsJson).errors.map((f) => f.type)).toEqual(["sheet/missing", "sheet/missing"]);
  });

  describe("unusable input: one line on stderr, exit 2, nothing on stdout, nothing written", () => {
    const unusable = tempDir();

    async function cfb(): Promise<Uint8Array> {
      // The start of an OLE compound file, which is what Excel writes for a password-protected workbook.
      const bytes = new Uint8Array(4096);
      bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
      return bytes;
    }
    async function wordDocument(): Promise<Uint8Array> {
      const zip = new JSZip();
      zip.file("[Content_Types].xml", "<Types/>");
      zip.file("word/document.xml", "<w:document/>");
      return zip.generateAsync({ type: "uint8array" });
    }
    async function encryptedEntry(): Promise<Uint8Array> {
      const bytes = new Uint8Array(await buildRegister().xlsx.writeBuffer());
      // Flag every central-directory entry as encrypted (general-purpose bit 0), as a zip password tool would.
      for (let i = 0; i + 4 < bytes.length; i++) {
        if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x01 && bytes[i + 3] === 0x02) {
          bytes[i + 8] |= 1;
        }
      }
      return bytes;
    }

    it.each([
      ["a file that is not there", "missing.xlsx", undefined, /Finner ikke filen/],
      ["a 0-byte file", "empty.xlsx", async () => new Uint8Array(0), /er tom/],
      ["a text file", "notes.xlsx", async () => new TextEncoder().encode("ID;Navn\nT-001;PLL\n"), /ikke en Excel-arbeidsbok/],
      ["a password-protected workbook (OLE compound file)", "secret.xlsx", cfb, /passordbeskyttet/],
      ["a zip whose parts are encrypted", "zipcrypto.xlsx", encryptedEntry, /passordbeskyttet/],
      ["a Word document renamed .xlsx", "letter.xlsx", wordDocument, /ikke en Excel-arbeidsbok/],
      [
        "a damaged zip",
        "cut.xlsx",
        async () => new Uint8Array(await buildRegister().xlsx.writeBuffer()).slice(0, 600),
        /ikke en Excel-arbeidsbok/,
      ],
    ])("%s", async (_what, name, bytes, line) => {
      const file = join(unusable, name);
      if (bytes) {
        writeFileSync(file, await bytes());
      }
      const before = listing(unusable);
      const { code, out, err } = await run("check", file);
      expect(code).toBe(2);
      expect(out).toBe("");
      expect(err).toHaveLength(1);
      expect(err[0].split("\n")).toHaveLength(1);
      expect(err[0]).toMatch(line);
      expect(err[0]).toContain(file);
      expect(listing(unusable)).toEqual(before);
    });

    it("says it in English with --lang en", async () => {
      const file = join(unusable, "secret-en.xlsx");
      writeFileSync(file, await cfb());
      const { code, err } = await run("check", file, "--lang", "en");
      expect(code).toBe(2);
      expect(err).toEqual([`${file} is password-protected or an old .xls file; save it as .xlsx without a password.`]);
    });
  });

  it("rejects a wrong call with exit 2", async () => {
    expect((await run("check", SAMPLE, "--lang", "de")).code).toBe(2);
    expect((await run("check")).code).toBe(2);
  });
});
