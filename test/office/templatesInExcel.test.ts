import "./double/templateFeatures";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { importTemplates } from "../../src/app/importTemplates";
import { addTemplatesToWorkbook, prepareTemplates } from "../../src/app/templates";
import { checkRegister } from "../../src/core/checks/checkRegister";
import type { Period } from "../../src/core/register/period";
import type { SheetData } from "../../src/core/sheet";
import { summarize } from "../../src/core/summary/summary";
import { checkTemplate } from "../../src/core/template/checkTemplate";
import { FileWorkbook } from "../../src/host/file/fileWorkbook";
import { writeTemplateWorkbook } from "../../src/host/file/writeTemplate";
import { OfficeWorkbook } from "../../src/host/office/officeWorkbook";
import { fill, tempDir } from "../template/templateFiles";
import type { FakeExcel } from "./double/fakeExcel";
import type { FakeSheet } from "./double/fakeSheet";
import { protections } from "./double/templateFeatures";
import { SAMPLE, sampleInExcel } from "./sampleInExcel";

const PERIOD = "2023-Q3" as Period;
const NOW = new Date("2023-10-02T09:00:00Z");
const INJECTION = '=HYPERLINK("http://example.com","klikk")';

/** The row whose column A holds a label, as a contact finds it. */
function labelRow(sheet: FakeSheet, label: string): number {
  for (let r = 1; r < 200; r++) {
    if (sheet.cell(r, 1)?.value === label) {
      return r;
    }
  }
  throw new Error(`no label ${label} on ${sheet.name}`);
}

/** A cell as both hosts can agree on it: dates (a Date from the file, a serial number from Excel) as serial numbers, blanks as "". */
function plainText(v: unknown): string {
  if (v instanceof Date) {
    return String((v.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000);
  }
  return v === null || v === undefined ? "" : String(v);
}

/** Syncs of one call, counted on the double. */
async function syncsOf(excel: FakeExcel, work: () => Promise<unknown>): Promise<number> {
  const before = excel.syncs.length;
  await work();
  return excel.syncs.length - before;
}

describe("templates as sheets in the register open in Excel", () => {
  let excel: FakeExcel;
  let port: OfficeWorkbook;
  let readSyncs: number;
  let totalSyncs: number;

  beforeAll(async () => {
    excel = await sampleInExcel((wb) => {
      // A reason that Excel would run as a formula if it were written as typed.
      const reports = wb.getWorksheet("Rapporter")!;
      reports.eachRow((row) => {
        if (row.getCell(1).value === "T-001" && row.getCell(2).value === "2023-Q2") {
          row.getCell(5).value = INJECTION;
        }
      });
    });
    port = new OfficeWorkbook(excel.run);
    readSyncs = await syncsOf(excel, () => port.readSheets());
    totalSyncs = await syncsOf(excel, () => addTemplatesToWorkbook(port, { period: PERIOD, lang: "nb", ids: ["T-001", "T-004"] }));
  });

  it("writes every template in one sync after the read, with Excel held still", () => {
    expect(totalSyncs).toBe(readSyncs + 1);
    const write = excel.syncs[excel.syncs.length - 1];
    expect([write.calculationSuspended, write.screenUpdatingSuspended]).toEqual([true, true]);
  });

  it("adds a protected sheet per initiative and a very hidden marker, leaving the register's sheets as they were", () => {
    expect(excel.sheets.map((s) => s.name)).toEqual(
      expect.arrayContaining(["Tiltak", "Rapporter", "_mal", "T-001 2023-Q3", "T-004 2023-Q3"]),
    );
    expect(excel.sheet("_mal").visibility).toBe("VeryHidden");
    for (const name of ["T-001 2023-Q3", "T-004 2023-Q3"]) {
      expect(protections.get(excel.sheet(name))).toBeDefined();
    }
    expect(protections.get(excel.sheet("Tiltak"))).toBeUndefined();
  });

  it("prints each template one page wide, as many pages tall as it needs", () => {
    for (const name of ["T-001 2023-Q3", "T-004 2023-Q3"]) {
      expect(excel.sheet(name).zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
    }
  });

  it("unlocks the input cells only, and gives the coded ones a dropdown from the marker's lists", () => {
    const sheet = excel.sheet("T-004 2023-Q3");
    const status = labelRow(sheet, "Status");
    expect(sheet.formatAt(status, 2, "protection.locked")).toBe(false);
    expect(sheet.formatAt(status, 1, "protection.locked")).toBeUndefined();
    const dropdown = sheet.validations.find(
      (v) => v.rect.top <= status && v.rect.bottom >= status && v.rect.left <= 2 && v.rect.right >= 2,
    );
    expect(dropdown?.rule).toEqual({
      list: { inCellDropDown: true, source: expect.stringMatching(/^='_mal'!\$[A-Z]+\$2:\$[A-Z]+\$\d+$/) },
    });
  });

  it("keeps text that begins with = as text, never a formula", () => {
    const sheet = excel.sheet("T-001 2023-Q3");
    const cell = sheet.cell(labelRow(sheet, "Statusbegrunnelse"), 2);
    expect(cell).toEqual({ value: INJECTION, quotePrefix: true });
  });

  it("reads back from Excel as templates that pass the contact's check untouched", async () => {
    const result = checkTemplate(await port.readSheets());
    expect(result.templates.map((t) => t.marker.id)).toEqual(["T-001", "T-004"]);
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("replaces the template sheets when made again, the very hidden marker too (Excel deletes no very hidden sheet)", async () => {
    await addTemplatesToWorkbook(port, { period: PERIOD, lang: "nb", ids: ["T-001", "T-004"] });
    expect(excel.sheets.filter((s) => s.name === "T-001 2023-Q3" || s.name === "_mal")).toHaveLength(2);
    expect(excel.sheet("_mal").visibility).toBe("VeryHidden");
    expect(checkTemplate(await port.readSheets()).templates.map((t) => t.marker.id)).toEqual(["T-001", "T-004"]);
  });
});

describe("importing filled templates into the register open in Excel", () => {
  const dir = tempDir();
  let good: Array<{ file: string; sheets: SheetData[] }>;
  let broken: Array<{ file: string; sheets: SheetData[] }>;
  let revised: Array<{ file: string; sheets: SheetData[] }>;
  let cleared: Array<{ file: string; sheets: SheetData[] }>;

  beforeAll(async () => {
    const register = await FileWorkbook.open(new Uint8Array(readFileSync(SAMPLE)), "register.xlsx");
    const { books } = await prepareTemplates(register, { period: PERIOD, lang: "nb", ids: ["T-001", "T-004", "T-010"] });
    const paths = new Map<string, string>();
    for (const book of books) {
      const path = join(dir, book.templates[0].fileName);
      writeFileSync(path, await writeTemplateWorkbook(book));
      paths.set(book.templates[0].marker.id, path);
    }
    const open = async (path: string) => ({
      file: path,
      sheets: await (await FileWorkbook.open(new Uint8Array(readFileSync(path)), path)).readSheets(),
    });
    good = [
      await open(
        await fill(
          paths.get("T-001")!,
          {
            cells: { Status: "Rød", Statusbegrunnelse: "Leverandøren er forsinket" },
            dependencies: [["Ny EPJ-integrasjon", "EPJ-leverandører", "Høy", "Rød", new Date(Date.UTC(2023, 11, 1))]],
          },
          join(dir, "T-001 fylt.xlsx"),
        ),
      ),
      await open(
        await fill(
          paths.get("T-004")!,
          { cells: { Risiko: "Gul", Risikobegrunnelse: "Usikker finansiering" }, dependencies: [] },
          join(dir, "T-004 fylt.xlsx"),
        ),
      ),
    ];
    revised = [
      await open(
        await fill(
          paths.get("T-001")!,
          {
            cells: { Status: "Gul", Statusbegrunnelse: "Ny plan avtalt" },
            dependencies: [
              ["Ny EPJ-integrasjon", "EPJ-leverandører", "Høy", "Gul", null],
              ["Felles språk", "Andre tiltak", "Middels", "Grønn", null],
            ],
          },
          join(dir, "T-001 rettet.xlsx"),
        ),
      ),
    ];
    cleared = [await open(await fill(paths.get("T-001")!, { cells: { Status: "Grønn" }, dependencies: [] }, join(dir, "T-001 uten.xlsx")))];
    broken = [await open(await fill(paths.get("T-010")!, { cells: { Status: "Gronn" } }, join(dir, "T-010 feil.xlsx")))];
  });

  async function importBoth(
    ...rounds: Array<typeof good>
  ): Promise<{ file: SheetData[]; office: SheetData[]; excel: FakeExcel; port: OfficeWorkbook }> {
    const file = await FileWorkbook.open(new Uint8Array(readFileSync(SAMPLE)), "register.xlsx");
    const excel = await sampleInExcel();
    const port = new OfficeWorkbook(excel.run);
    for (const sources of rounds.length > 0 ? rounds : [good]) {
      await importTemplates(file, sources, { now: NOW, lang: "nb" });
      await importTemplates(port, sources, { now: NOW, lang: "nb" });
    }
    return { file: await file.readSheets(), office: await port.readSheets(), excel, port };
  }

  it("gives the same register as the file host: the new period's summary shows exactly the answers", async () => {
    const { file, office } = await importBoth();
    const fromFile = checkRegister(file);
    const fromExcel = checkRegister(office);
    const summaryExcel = summarize(fromExcel.register, fromExcel.findings, PERIOD);
    expect(summaryExcel).toEqual(summarize(fromFile.register, fromFile.findings, PERIOD));
    expect(summaryExcel.status.red.map((r) => [r.id, r.reason])).toContainEqual(["T-001", "Leverandøren er forsinket"]);
    const deps = fromExcel.register.dependencies.filter((d) => d.period === PERIOD);
    expect(deps.map((d) => [d.id, d.dependency, d.status, d.deadline])).toEqual([["T-001", "Ny EPJ-integrasjon", "Rød", "2023-12-01"]]);
  });

  it("replaces an initiative's rows of the period when a corrected template comes in (rows added, then removed), as the file host does", async () => {
    const sheetText = (sheets: SheetData[], name: string) => sheets.find((s) => s.name === name)!.values.map((r) => r.map(plainText));
    const grown = await importBoth(good, revised);
    for (const name of ["Rapporter", "Avhengigheter"]) {
      expect(sheetText(grown.office, name)).toEqual(sheetText(grown.file, name));
    }
    const deps = checkRegister(grown.office).register.dependencies.filter((d) => d.period === PERIOD);
    expect(deps.map((d) => [d.dependency, d.status])).toEqual([
      ["Ny EPJ-integrasjon", "Gul"],
      ["Felles språk", "Grønn"],
    ]);

    const shrunk = await importBoth(good, revised, cleared);
    for (const name of ["Rapporter", "Avhengigheter"]) {
      expect(sheetText(shrunk.office, name)).toEqual(sheetText(shrunk.file, name));
    }
    expect(checkRegister(shrunk.office).register.dependencies.filter((d) => d.period === PERIOD)).toEqual([]);
    const calls = shrunk.excel.syncs.flatMap((s) => s.calls);
    expect(calls.some((c) => c.endsWith(".insert(Down)"))).toBe(true);
    expect(calls.some((c) => c.endsWith(".delete(Up)"))).toBe(true);
  });

  it("reads first, then writes everything in one sync, and has Excel recalculate", async () => {
    const excel = await sampleInExcel();
    const port = new OfficeWorkbook(excel.run);
    const reads = await syncsOf(excel, () => port.readSheets());
    const all = await syncsOf(excel, () => importTemplates(port, good, { now: NOW, lang: "nb" }));
    // The read of the import, the sheet list, the writes (no log sheet yet, so no read of it), the recalculation.
    expect(all).toBe(reads + 3);
    expect(excel.syncs[excel.syncs.length - 1].calls).toEqual(["application.calculate(Recalculate)"]);
  });

  it("has Excel recalculate after the edits, so the office's own formulas over the register are not stale", async () => {
    const { excel } = await importBoth();
    expect(excel.syncs.some((s) => s.calculationSuspended && s.calls.some((c) => c.endsWith("values=")))).toBe(true);
    expect(excel.calculationPending).toBe(false);
  });

  it("changes nothing the second time but the log", async () => {
    const { office, excel, port } = await importBoth();
    await importTemplates(port, good, { now: new Date("2023-10-09T09:00:00Z"), lang: "nb" });
    const again = await port.readSheets();
    for (const name of ["Tiltak", "Rapporter", "Avhengigheter"]) {
      expect(again.find((s) => s.name === name)?.values).toEqual(office.find((s) => s.name === name)?.values);
    }
    const log = excel.sheet("Importlogg");
    expect(log.usedRect()?.bottom).toBe(1 + 2 * good.length);
  });

  it("leaves the register unchanged, cell for cell, when the template is rejected", async () => {
    const excel = await sampleInExcel();
    const port = new OfficeWorkbook(excel.run);
    const before = await port.readSheets();
    const plan = await importTemplates(port, broken, { now: NOW, lang: "nb" });
    expect(plan.outcomes.map((o) => [o.id, o.imported])).toEqual([["T-010", false]]);
    const after = await port.readSheets();
    expect(after.filter((s) => s.name !== "Importlogg")).toEqual(before);
    expect(excel.sheet("Importlogg").cell(2, 5)?.value).toBe("Avvist");
  });
});
