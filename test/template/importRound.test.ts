import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { summarizeWorkbook } from "../../src/app/summarizeWorkbook";
import { FileWorkbook } from "../../src/host/file/fileWorkbook";
import { sampleFacts } from "./sampleRegister";
import { fill, generate, load, run, SAMPLE, sheetValues, tempDir, text } from "./templateFiles";

const hash = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

async function summaryOf(path: string) {
  return summarizeWorkbook(await FileWorkbook.open(new Uint8Array(readFileSync(path)), path), "2023-Q3" as never);
}

describe("a quarterly round: generate, fill, import, summarize", () => {
  const dir = tempDir();
  const filledDir = tempDir();
  let facts: Awaited<ReturnType<typeof sampleFacts>>;
  let filled: string[];
  let koordinering: string;
  let completing: string;
  const imported = join(dir, "register-2023-Q3.xlsx");

  beforeAll(async () => {
    facts = await sampleFacts();
    const files = await generate(SAMPLE, "2023-Q3", join(dir, "templates"));
    const activeQ2 = (id: string) => facts.reportQ2.get(id)?.Fase === "Aktiv";
    koordinering = [...files.keys()].find((id) => facts.segmentOf(id) === "Koordinering" && activeQ2(id))!;
    completing = [...files.keys()].find((id) => facts.segmentOf(id) === "Orientering" && activeQ2(id))!;
    filled = [
      await fill(
        files.get("T-001")!,
        {
          cells: {
            Status: "Rød",
            Statusbegrunnelse: "Leverandøren av FEST er forsinket.",
            Risiko: "Gul",
            Risikobegrunnelse: "Finansiering for 2024 er uavklart.",
            "Budsjett (MNOK)": 130,
          },
          dependencies: [
            ["Ny FEST-versjon fra DMP", "Nasjonale løsninger og felleskomponenter", "Høy", "Rød", new Date(Date.UTC(2023, 11, 31))],
            ["Avklaring av finansiering", "Finansiering", "Lav", "Grønn", null],
          ],
        },
        join(filledDir, "T-001 utfylt.xlsx"),
      ),
      await fill(
        files.get("T-004")!,
        {
          cells: {
            Status: "Gul",
            Statusbegrunnelse: "Bedre kapasitet, men fortsatt mange henvendelser.",
            Risiko: "Grønn",
            Risikobegrunnelse: null,
          },
        },
        join(filledDir, "T-004 utfylt.xlsx"),
      ),
      await fill(
        files.get(koordinering)!,
        {
          cells: { Status: "Grønn", Statusbegrunnelse: null, Risiko: "Grønn", Risikobegrunnelse: null, "10 Mindre ulikhet": "Ja" },
          dependencies: [],
        },
        join(filledDir, `${koordinering} utfylt.xlsx`),
      ),
      await fill(files.get(completing)!, { cells: { Fase: "Avsluttet" } }, join(filledDir, `${completing} utfylt.xlsx`)),
    ];
  });

  it("imports every valid template, prints one line each, exits 0 and leaves the inputs untouched", async () => {
    const before = [SAMPLE, ...filled].map(hash);
    const { code, out } = await run("import", SAMPLE, ...filled, "--out", imported);
    expect(code).toBe(0);
    const lines = out.split("\n").filter((l) => !l.startsWith(" "));
    expect(lines.filter((l) => /: importert \(\d+ rader\)$/.test(l))).toHaveLength(4);
    expect([SAMPLE, ...filled].map(hash)).toEqual(before);
  });

  it("gives a summary for 2023-Q3 that shows exactly those answers", async () => {
    const s = await summaryOf(imported);
    const activeQ2 = [...facts.reportQ2.values()].filter((r) => r.Fase === "Aktiv").length;
    expect(s.initiatives.active).toBe(activeQ2 - 1);
    expect(s.initiatives.completed.map((i) => i.id)).toEqual([completing]);
    expect(s.status.current).toEqual({ Grønn: 1, Gul: 1, Rød: 1, Grå: activeQ2 - 1 - 3 });
    expect(s.status.red).toEqual([expect.objectContaining({ id: "T-001", reason: "Leverandøren av FEST er forsinket." })]);
    expect(s.risk.current.Gul).toBe(1);
    expect(s.risk.current.Grønn).toBe(2);
    const t004 = facts.dependenciesQ2("T-004");
    const kept = facts.dependenciesQ2(completing);
    expect(s.dependencies.total).toBe(2 + t004.length + kept.length);
    const criticalRed = [...t004, ...kept].filter((d) => d.Kritikalitet === "Høy" && d.Status === "Rød").map((d) => d.Avhengighet);
    expect(s.dependencies.criticalRed.map((d) => d.dependency).sort()).toEqual(["Ny FEST-versjon fra DMP", ...criticalRed].sort());
    expect(s.dependencies.criticalRed.find((d) => d.id === "T-001")?.deadline).toBe("2023-12-31");
    expect(s.budget.total).toBe(130 + Number(facts.reportQ2.get("T-004")!.Budsjett));
    const listsTen = (i: Record<string, string>) =>
      i.ID === koordinering ||
      i.Bærekraftsmål.split(",")
        .map((g) => g.trim())
        .includes("10");
    const activeQ3 = facts.initiatives.filter((i) => facts.reportQ2.get(i.ID)?.Fase === "Aktiv" && i.ID !== completing);
    expect(
      facts.initiatives
        .find((i) => i.ID === koordinering)!
        .Bærekraftsmål.split(",")
        .map((g) => g.trim()),
    ).not.toContain("10");
    expect(s.sustainabilityGoals.byGoal["10"]).toBe(activeQ3.filter(listsTen).length);
  });

  it("records every attempt in Importlogg: file, initiative, period, time, result, rows written", async () => {
    const ws = (await load(imported)).getWorksheet("Importlogg")!;
    const rows = ws
      .getSheetValues()
      .slice(2)
      .map((r) => (r as unknown[]).slice(1).map((v) => text(v as never)));
    expect(rows.map((r) => [r[0], r[1], r[2], r[4], r[5]])).toEqual([
      ["T-001 utfylt.xlsx", "T-001", "2023-Q3", "Importert", "3"],
      ["T-004 utfylt.xlsx", "T-004", "2023-Q3", "Importert", String(1 + facts.dependenciesQ2("T-004").length)],
      [`${koordinering} utfylt.xlsx`, koordinering, "2023-Q3", "Importert", "1"],
      [`${completing} utfylt.xlsx`, completing, "2023-Q3", "Importert", String(1 + facts.dependenciesQ2(completing).length)],
    ]);
    expect(rows[0][3]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/);
  });

  it("changes nothing when the same templates are imported again, except the log", async () => {
    const again = join(dir, "register-again.xlsx");
    const { code, out } = await run("import", imported, ...filled, "--out", again);
    expect(code).toBe(0);
    expect(out.split("\n").filter((l) => l.includes("ingen endringer"))).toHaveLength(4);
    expect(await sheetValues(again, ["Importlogg"])).toEqual(await sheetValues(imported, ["Importlogg"]));
    const log = async (p: string) => (await sheetValues(p)).Importlogg.length;
    expect(await log(again)).toBe((await log(imported)) + 4);
  });

  it("keeps the register's other sheets and rows as they were", async () => {
    const before = await sheetValues(SAMPLE);
    const after = await sheetValues(imported);
    expect(after.Driftskostnader).toEqual(before.Driftskostnader);
    expect(after.Kodeverk).toEqual(before.Kodeverk);
    const otherRows = (rows: string[][]) => rows.filter((r) => r[1] !== "2023-Q3");
    expect(otherRows(after.Rapporter)).toEqual(otherRows(before.Rapporter));
    expect(otherRows(after.Avhengigheter)).toEqual(otherRows(before.Avhengigheter));
  });

  it("leaves the register unchanged, cell for cell, when the only template is broken, and exits 1", async () => {
    const broken = await fill(filled[0], { cells: { Status: "Lilla" } }, join(filledDir, "broken.xlsx"));
    const out = join(dir, "register-broken.xlsx");
    const result = await run("import", SAMPLE, broken, "--out", out);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/broken\.xlsx \[T-001 2023-Q3\]: avvist/);
    expect(result.out).toMatch(/FEIL\s+B\d+\s+Status: «Lilla» finnes ikke i kodelisten/);
    expect(await sheetValues(out, ["Importlogg"])).toEqual(await sheetValues(SAMPLE));
    expect((await sheetValues(out)).Importlogg[1][4]).toBe("Avvist");
  });

  it("still imports the good templates when one is rejected, and exits 1", async () => {
    const broken = await fill(filled[1], { cells: { Statusbegrunnelse: null } }, join(filledDir, "no-reason.xlsx"));
    const out = join(dir, "register-mixed.xlsx");
    const result = await run("import", SAMPLE, filled[0], broken, "--out", out);
    expect(result.code).toBe(1);
    const s = await summaryOf(out);
    expect(s.status.current.Rød).toBe(1);
    expect(s.status.current.Gul).toBe(0);
  });

  it("exits 2 and writes nothing when a template is not a workbook", async () => {
    const notXlsx = join(filledDir, "notes.xlsx");
    writeFileSync(notXlsx, "just text");
    const out = join(dir, "never.xlsx");
    const result = await run("import", SAMPLE, filled[0], notXlsx, "--out", out);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/notes\.xlsx/);
    expect(existsSync(out)).toBe(false);
  });

  it("refuses to write over an input", async () => {
    const result = await run("import", SAMPLE, filled[0], "--out", filled[0]);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/--out/);
  });
});
