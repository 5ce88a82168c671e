import { readFileSync } from "node:fs";
import JSZip from "jszip";
import { sampleFacts } from "./sampleRegister";
import {
  dependencyHeaderRow,
  dependencyRows,
  generate,
  inputCell,
  labelRow,
  load,
  run,
  SAMPLE,
  tempDir,
  templateSheet,
  text,
} from "./templateFiles";

describe("templates <register.xlsx> --period 2023-Q3 --out <dir>", () => {
  const dir = tempDir();
  let files: Map<string, string>;
  let facts: Awaited<ReturnType<typeof sampleFacts>>;

  beforeAll(async () => {
    files = await generate(SAMPLE, "2023-Q3", dir);
    facts = await sampleFacts();
  });

  it("writes one template per initiative that is not completed, none for the completed ones", () => {
    const expected = facts.initiatives
      .map((i) => i.ID)
      .filter((id) => !facts.completed.has(id))
      .sort();
    expect(facts.completed.size).toBeGreaterThan(0);
    expect([...files.keys()].sort()).toEqual(expected);
  });

  it("names each file by ID, name and period", () => {
    const epj = facts.initiatives.find((i) => i.Navn === "EPJ-løftet")!;
    expect(files.get(epj.ID)).toMatch(new RegExp(`/${epj.ID} EPJ-løftet 2023-Q3\\.xlsx$`));
  });

  it("shows the identity locked and last period's answers in unlocked input cells", async () => {
    const epj = facts.initiatives.find((i) => i.Navn === "EPJ-løftet")!;
    const ws = templateSheet(await load(files.get(epj.ID)!));
    const q2 = facts.reportQ2.get(epj.ID)!;
    for (const [label, value] of [
      ["ID", epj.ID],
      ["Navn", epj.Navn],
      ["Eier", epj.Eier],
      ["Segment", epj.Segment],
      ["Periode", "2023-Q3"],
    ]) {
      expect(text(inputCell(ws, label).value)).toBe(value);
      expect(inputCell(ws, label).protection?.locked).not.toBe(false);
    }
    expect(text(inputCell(ws, "Fase").value)).toBe(q2.Fase);
    expect(text(inputCell(ws, "Status").value)).toBe(q2.Status);
    expect(text(inputCell(ws, "Statusbegrunnelse").value)).toBe(q2.Statusbegrunnelse);
    expect(text(inputCell(ws, "Risiko").value)).toBe(q2.Risiko);
    expect(text(inputCell(ws, "Budsjett (MNOK)").value)).toBe(q2.Budsjett);
    expect(text(inputCell(ws, "Hovedmål").value)).toMatch(new RegExp(`^${epj.Hovedmål} `));
    for (const label of ["Fase", "Status", "Statusbegrunnelse", "Risiko", "Risikobegrunnelse", "Budsjett (MNOK)", "Hovedmål"]) {
      expect(inputCell(ws, label).protection?.locked).toBe(false);
    }
    expect((ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet).toBe(true);
  });

  it("marks the sustainability goals the initiative lists with Ja", async () => {
    const epj = facts.initiatives.find((i) => i.Navn === "EPJ-løftet")!;
    const ws = templateSheet(await load(files.get(epj.ID)!));
    const listed = epj.Bærekraftsmål.split(",").map((g) => g.trim());
    for (const [label, code] of [
      ["3 God helse og livskvalitet", "3"],
      ["9 Industri, innovasjon og infrastruktur", "9"],
      ["10 Mindre ulikhet", "10"],
    ]) {
      expect(text(inputCell(ws, label).value)).toBe(listed.includes(code) ? "Ja" : "Nei");
    }
  });

  it("pre-fills last period's dependencies and leaves 20 empty unlocked rows for new ones", async () => {
    const epj = facts.initiatives.find((i) => i.Navn === "EPJ-løftet")!;
    const ws = templateSheet(await load(files.get(epj.ID)!));
    const q2 = facts.dependenciesQ2(epj.ID);
    expect(dependencyRows(ws)).toEqual(q2.map((d) => [d.Avhengighet, d.Kategori, d.Kritikalitet, d.Status, d.Frist]));
    const header = dependencyHeaderRow(ws);
    const lastEmpty = header + q2.length + 20;
    expect(ws.getCell(lastEmpty, 1).protection?.locked).toBe(false);
    expect(ws.getCell(lastEmpty, 5).protection?.locked).toBe(false);
    expect(ws.getCell(lastEmpty + 1, 1).protection?.locked).not.toBe(false);
  });

  it("offers the register's code lists as dropdowns", async () => {
    const wb = await load(files.get("T-001")!);
    const ws = templateSheet(wb);
    const marker = wb.getWorksheet("_mal")!;
    const listOf = (cell: { dataValidation?: { type?: string; formulae?: unknown[] } }) => {
      expect(cell.dataValidation?.type).toBe("list");
      const ref = /\$([A-Z]+)\$(\d+):\$[A-Z]+\$(\d+)/.exec(String(cell.dataValidation!.formulae![0]))!;
      const values: string[] = [];
      for (let r = Number(ref[2]); r <= Number(ref[3]); r++) {
        values.push(text(marker.getCell(`${ref[1]}${r}`).value));
      }
      return values;
    };
    expect(listOf(inputCell(ws, "Status"))).toEqual(["Grønn", "Gul", "Rød"]);
    expect(listOf(inputCell(ws, "Fase"))).toEqual(["Planlagt", "Aktiv", "Pause", "Avsluttet"]);
    expect(listOf(inputCell(ws, "Hovedmål"))[0]).toBe("1 Aktiv medvirkning i egen og næres helse");
    expect(listOf(inputCell(ws, "10 Mindre ulikhet"))).toEqual(["Ja", "Nei"]);
    const header = dependencyHeaderRow(ws);
    expect(listOf(ws.getCell(header + 1, 3))).toEqual(["Høy", "Middels", "Lav"]);
    expect(listOf(ws.getCell(header + 21, 2))).toContain("EPJ-leverandører");
    expect(ws.getCell(header + 1, 5).dataValidation?.type).toBe("date");
  });

  it("hides a marker with the format version, initiative and period in a very hidden sheet", async () => {
    const wb = await load(files.get("T-001")!);
    const marker = wb.getWorksheet("_mal")!;
    expect(marker.state).toBe("veryHidden");
    const row = (marker.getRow(2).values as unknown[]).slice(1, 5).map((v) => text(v as never));
    expect(row).toEqual([templateSheet(wb).name, "T-001", "2023-Q3", "1"]);
  });

  it("locks the workbook's structure so the sheet cannot be renamed or deleted", async () => {
    const zip = await JSZip.loadAsync(readFileSync(files.get("T-001")!));
    expect(await zip.file("xl/workbook.xml")!.async("string")).toMatch(/<workbookProtection lockStructure="1"\/>/);
  });

  it("locks the budget of an initiative outside Samstyring and says why", async () => {
    const id = [...files.keys()].find((k) => facts.segmentOf(k) === "Koordinering")!;
    const ws = templateSheet(await load(files.get(id)!));
    const budget = inputCell(ws, "Budsjett (MNOK)");
    expect(budget.protection?.locked).not.toBe(false);
    expect(budget.value ?? null).toBeNull();
    expect(text(ws.getCell(labelRow(ws, "Budsjett (MNOK)"), 3).value)).toMatch(/bare for segment Samstyring/);
  });

  it("writes English labels and instructions with --lang en", async () => {
    const enDir = tempDir();
    const en = await generate(SAMPLE, "2023-Q3", enDir, "--lang", "en");
    const ws = templateSheet(await load(en.get("T-001")!));
    expect(text(inputCell(ws, "Status reason").value)).not.toBe("");
    expect(text(ws.getCell(labelRow(ws, "Risk"), 1).value)).toBe("Risk");
    expect(dependencyHeaderRow(ws, "Dependency")).toBeGreaterThan(0);
  });

  it.each([
    ["A11", "ID"],
    ["A15", "Periode"],
    ["A18", "Fase"],
    ["A19", "Status"],
    ["A20", "Statusbegrunnelse"],
    ["A21", "Risiko"],
    ["A22", "Risikobegrunnelse"],
    ["A23", "Budsjett (MNOK)"],
    ["A24", "Hovedmål"],
    ["A27", "3 God helse og livskvalitet"],
    ["A30", "10 Mindre ulikhet"],
    ["A33", "Avhengighet"],
    ["E33", "Frist"],
  ])("has %s labelled %s, as the contacts' guide says", async (address, label) => {
    const ws = templateSheet(await load(files.get("T-004")!));
    expect(text(ws.getCell(address).value)).toBe(label);
  });

  it("refuses to run without --out, and says so", async () => {
    const { code, err } = await run("templates", SAMPLE, "--period", "2023-Q3");
    expect(code).toBe(2);
    expect(err).toMatch(/--out/);
  });
});
