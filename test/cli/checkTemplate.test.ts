import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { addTemplatesToWorkbook } from "../../src/app/templates";
import type { Period } from "../../src/core/register/period";
import { FileWorkbook } from "../../src/host/file/fileWorkbook";
import { addTemplateBook } from "../../src/host/file/writeTemplate";
import type { WorkbookPort } from "../../src/workbook/port";
import { fill, generate, inputCell, SAMPLE, tempDir } from "../template/templateFiles";
import { run } from "./checkFiles";

interface FindingsJson {
  valid: boolean;
  errors: Array<{ type: string; cell?: string; message: string }>;
  warnings: unknown[];
}

describe("check <filled template.xlsx>", () => {
  const dir = tempDir();
  let files: Map<string, string>;

  beforeAll(async () => {
    files = await generate(SAMPLE, "2023-Q3", join(dir, "templates"));
  });

  it("exits 0 for an untouched template pre-filled from the register, naming its period", async () => {
    const file = files.get("T-001")!;
    const { code, out } = await run("check", file);
    expect(code).toBe(0);
    expect(out.split("\n")[0]).toBe(`${file} (periode 2023-Q3): 0 feil, 0 advarsler`);
  });

  it("exits 1 and lists the template's own findings at their cells, as the import would reject it", async () => {
    let statusCell = "";
    const filled = await fill(files.get("T-001")!, { cells: { Status: "Gronn" } }, join(dir, "T-001 feil.xlsx"), (_wb, ws) => {
      statusCell = inputCell(ws, "Status").address;
    });
    const { code, out } = await run("check", filled);
    expect(code).toBe(1);
    expect(out).toMatch(new RegExp(`FEIL +${statusCell} +.*«Gronn».*«Grønn»`));
    // Checked as a template, not as a register: nothing about missing register sheets.
    expect(out).not.toMatch(/Tiltak|Rapporter/);
  });

  it("gives the findings JSON of the contract for a template with --json", async () => {
    const filled = await fill(files.get("T-004")!, { cells: { Risiko: "Rød", Risikobegrunnelse: null } }, join(dir, "T-004 feil.xlsx"));
    const { code, out } = await run("check", filled, "--json", "--lang", "en");
    expect(code).toBe(1);
    const json = JSON.parse(out) as FindingsJson;
    expect(json.valid).toBe(false);
    expect(json.errors.map((e) => e.type)).toContain("cell/risk-reason-required");
    expect(json.errors.every((e) => e.message.length > 0 && !/undefined/.test(e.message))).toBe(true);
  });

  it("still checks a register that holds template sheets as a register", async () => {
    // Template sheets in a register are the add-in's work in Excel; here exceljs puts them into a copy of the sample.
    const bytes = new Uint8Array(readFileSync(SAMPLE));
    const register = await FileWorkbook.open(bytes, "register.xlsx");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const port: WorkbookPort = {
      readSheets: (names) => register.readSheets(names),
      writeReportSheets: async () => undefined,
      selectCell: async () => undefined,
      writeTemplateBook: (book) => addTemplateBook(workbook, book),
    };
    await addTemplatesToWorkbook(port, { period: "2023-Q3" as Period, lang: "nb" });
    const file = join(dir, "register-med-maler.xlsx");
    writeFileSync(file, new Uint8Array(await workbook.xlsx.writeBuffer()));
    const { out } = await run("check", file);
    expect(out.split("\n")[0]).toMatch(/\(periode 2023-Q2\)/);
  });
});
