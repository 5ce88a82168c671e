import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { importTemplates } from "../../src/app/importTemplates";
import { FileWorkbook } from "../../src/host/file/fileWorkbook";
import type { DependencyRow } from "./templateFiles";
import { fill, generate, load, run, save, sheetValues, tempDir } from "./templateFiles";

/** A small register whose sheets carry columns and a sheet the format does not know. */
function buildRegister(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const add = (name: string, rows: ExcelJS.CellValue[][]) => {
    const ws = wb.addWorksheet(name);
    rows.forEach((r) => ws.addRow(r));
  };
  add("Tiltak", [
    ["ID", "Navn", "Eier", "Segment", "Hovedmål", "Bærekraftsmål"],
    ["T-1", "Første tiltak", "Etat A", "Samstyring", 2, "3"],
    ["T-2", "Andre tiltak", "Etat B", "Koordinering", 4, "3, 9"],
  ]);
  add("Rapporter", [
    ["ID", "Periode", "Kommentar", "Fase", "Status", "Statusbegrunnelse", "Risiko", "Risikobegrunnelse", "Budsjett", "Rapportert"],
    ["T-1", "2023-Q2", "", "Aktiv", "Grønn", null, "Grønn", null, 10, null],
    ["T-2", "2023-Q2", "", "Aktiv", "Grønn", null, "Grønn", null, null, null],
    ["T-1", "2023-Q3", "første utkast", "Aktiv", "Gul", "Utkast", "Grønn", null, 10, null],
  ]);
  add("Avhengigheter", [
    ["ID", "Periode", "Avhengighet", "Kategori", "Kritikalitet", "Status", "Frist", "Notat"],
    ["T-1", "2023-Q2", "a", "Annet", "Lav", "Grønn", null, "n-a"],
    ["T-1", "2023-Q3", "x", "Annet", "Lav", "Grønn", null, "n-x"],
    ["T-2", "2023-Q2", "b", "Annet", "Lav", "Grønn", null, "n-b"],
    ["T-1", "2023-Q3", "y", "Annet", "Lav", "Grønn", null, "n-y"],
    ["T-1", "2023-Q3", "z", "Annet", "Lav", "Grønn", null, "n-z"],
    ["T-2", "2023-Q3", "w", "Annet", "Lav", "Grønn", null, "n-w"],
  ]);
  add("Notater", [["Fritt notat som importen ikke skal røre"]]);
  return wb;
}

const dep = (name: string): DependencyRow => [name, "Ressurser", "Middels", "Gul", new Date(Date.UTC(2023, 11, 1))];

describe("the import's merge into a register", () => {
  const dir = tempDir();
  let register: string;
  let files: Map<string, string>;

  beforeAll(async () => {
    register = await save(buildRegister(), join(dir, "register.xlsx"));
    files = await generate(register, "2023-Q3", join(dir, "templates"));
  });

  async function importOne(id: string, deps: DependencyRow[], out: string): Promise<Record<string, string[][]>> {
    const filled = await fill(
      files.get(id)!,
      { cells: { Status: "Gul", Statusbegrunnelse: "Forsinket" }, dependencies: deps },
      join(dir, `${id}-${deps.length}.xlsx`),
    );
    const { code, out: printed } = await run("import", register, filled, "--out", join(dir, out));
    expect({ code, printed }).toEqual({ code: 0, printed: expect.stringContaining("importert") });
    return sheetValues(join(dir, out));
  }

  it("overwrites the period's rows in place, deletes the surplus and keeps unknown columns and sheets", async () => {
    const after = await importOne("T-1", [dep("ny")], "fewer.xlsx");
    expect(after.Avhengigheter.map((r) => [r[0], r[1], r[2], r[7]])).toEqual([
      ["ID", "Periode", "Avhengighet", "Notat"],
      ["T-1", "2023-Q2", "a", "n-a"],
      ["T-1", "2023-Q3", "ny", "n-x"],
      ["T-2", "2023-Q2", "b", "n-b"],
      ["T-2", "2023-Q3", "w", "n-w"],
    ]);
    const t1q3 = after.Rapporter.find((r) => r[0] === "T-1" && r[1] === "2023-Q3")!;
    expect([t1q3[2], t1q3[4], t1q3[5]]).toEqual(["første utkast", "Gul", "Forsinket"]);
    expect(after.Rapporter).toHaveLength(4);
    expect(after.Notater).toEqual([["Fritt notat som importen ikke skal røre"]]);
  });

  it("inserts extra rows right after the initiative's last row of the period", async () => {
    const after = await importOne("T-1", [dep("p"), dep("q"), dep("r"), dep("s")], "more.xlsx");
    expect(after.Avhengigheter.slice(1).map((r) => `${r[0]} ${r[1]} ${r[2]}`)).toEqual([
      "T-1 2023-Q2 a",
      "T-1 2023-Q3 p",
      "T-2 2023-Q2 b",
      "T-1 2023-Q3 q",
      "T-1 2023-Q3 r",
      "T-1 2023-Q3 s",
      "T-2 2023-Q3 w",
    ]);
    expect(after.Avhengigheter[5][6]).toBe("2023-12-01");
  });

  it("appends a report row below the last one for an initiative that had none for the period", async () => {
    const after = await importOne("T-2", [dep("ny for T-2")], "appended.xlsx");
    const last = after.Rapporter[after.Rapporter.length - 1];
    expect([last[0], last[1], last[3], last[4], last[5]]).toEqual(["T-2", "2023-Q3", "Aktiv", "Gul", "Forsinket"]);
    expect(last[9]).toMatch(/^\d{4}-\d\d-\d\d$/);
    expect(after.Avhengigheter.filter((r) => r[0] === "T-2" && r[1] === "2023-Q3").map((r) => r[2])).toEqual(["ny for T-2"]);
  });

  it("writes a changed answer on the register's goals back to Tiltak", async () => {
    const filled = await fill(
      files.get("T-2")!,
      {
        cells: {
          Hovedmål: "1 Aktiv medvirkning i egen og næres helse",
          "9 Industri, innovasjon og infrastruktur": "Nei",
          "10 Mindre ulikhet": "Ja",
        },
      },
      join(dir, "goals.xlsx"),
    );
    expect((await run("import", register, filled, "--out", join(dir, "goals-out.xlsx"))).code).toBe(0);
    const tiltak = (await load(join(dir, "goals-out.xlsx"))).getWorksheet("Tiltak")!;
    expect([tiltak.getCell("E3").value, tiltak.getCell("F3").value]).toEqual([1, "3, 10"]);
    expect([tiltak.getCell("E2").value, tiltak.getCell("F2").value]).toEqual([2, "3"]);
  });

  it("keeps Rapportert from the first import when the same template comes again a week later", async () => {
    const filled = await fill(files.get("T-2")!, { cells: { Status: "Gul", Statusbegrunnelse: "Forsinket" } }, join(dir, "T-2-week.xlsx"));
    const open = async (path: string) => FileWorkbook.open(new Uint8Array(readFileSync(path)), path);
    const importAt = async (registerPath: string, now: string, out: string) => {
      const port = await open(registerPath);
      await importTemplates(port, [{ file: filled, sheets: await (await open(filled)).readSheets() }], { now: new Date(now), lang: "nb" });
      writeFileSync(join(dir, out), await port.save());
      return join(dir, out);
    };
    const first = await importAt(register, "2023-10-02T09:00:00Z", "week-1.xlsx");
    const second = await importAt(first, "2023-10-09T09:00:00Z", "week-2.xlsx");
    const values = await sheetValues(second, ["Importlogg"]);
    expect(values).toEqual(await sheetValues(first, ["Importlogg"]));
    expect(values.Rapporter.find((r) => r[0] === "T-2" && r[1] === "2023-Q3")![9]).toBe("2023-10-02");
  });

  it("exits 2 and writes nothing when the register has no Rapporter sheet", async () => {
    const wb = buildRegister();
    wb.removeWorksheet(wb.getWorksheet("Rapporter")!.id);
    const broken = await save(wb, join(dir, "no-reports.xlsx"));
    const result = await run("import", broken, files.get("T-1")!, "--out", join(dir, "never.xlsx"));
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/Rapporter/);
  });
});
