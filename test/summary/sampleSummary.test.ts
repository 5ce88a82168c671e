import { join } from "node:path";
import { main } from "../../src/cli/main";
import type { Summary } from "../../src/core/summary/summary";

const SAMPLE = join(__dirname, "..", "..", "assets", "sample-portfolio.xlsx");

/** Runs `summary --json` in-process and parses what it prints. */
async function summaryJson(...extra: string[]): Promise<{ code: number; json: Summary }> {
  const out: string[] = [];
  const code = await main(
    ["summary", SAMPLE, "--json", ...extra],
    (t) => out.push(t),
    () => undefined,
  );
  return { code, json: JSON.parse(out.join("\n")) };
}

describe("summary --json on the sample register (the May 2023 report)", () => {
  let s: Summary;
  beforeAll(async () => {
    const { code, json } = await summaryJson();
    expect(code).toBe(0);
    s = json;
  });

  it("is format 1 for 2023-Q2 against 2023-Q1, with every block of the contract in order", () => {
    expect(Object.keys(s)).toEqual([
      "format",
      "period",
      "previousPeriod",
      "initiatives",
      "status",
      "risk",
      "dependencies",
      "strategicGoals",
      "sustainabilityGoals",
      "budget",
      "operatingCosts",
      "summaryText",
      "topics",
      "roadmap",
      "history",
      "round",
      "signals",
      "findings",
    ]);
    expect([s.format, s.period, s.previousPeriod]).toEqual([1, "2023-Q2", "2023-Q1"]);
  });

  it("has 37 active initiatives, 12 of them in Samstyring", () => {
    expect(s.initiatives.active).toBe(37);
    expect(s.initiatives.bySegment.Samstyring).toBe(12);
  });

  it("names the new, completed and paused initiatives", () => {
    const names = (list: Array<{ name: string }>) => list.map((i) => i.name);
    expect(names(s.initiatives.new)).toEqual(["Mine timeavtaler"]);
    expect(names(s.initiatives.completed)).toEqual(["Legemiddelregisteret", "MF Helse"]);
    expect(names(s.initiatives.paused)).toEqual([
      "Kart og oppdragsløsning for Legevaktsentraler",
      "Nasjonalt infeksjonsregister",
      "Statistisk logganalyse",
    ]);
  });

  it("has red status for exactly EPJ-løftet and Modernisering av Sysvak, each with its reason", () => {
    expect(s.status.current.Rød).toBe(2);
    expect(s.status.red.map((r) => r.name)).toEqual(["EPJ-løftet", "Modernisering av Sysvak"]);
    expect(s.status.red[0].reason).toMatch(/kapasitet/);
    expect(s.status.red[1].reason).toMatch(/fremdrift/);
  });

  it("has red risk for EPJ-løftet only", () => {
    expect(s.risk.current.Rød).toBe(1);
    expect(s.risk.red.map((r) => r.name)).toEqual(["EPJ-løftet"]);
  });

  it("shows Kjernejournal dokumentdeling going from Rød to Gul", () => {
    expect(s.status.changes).toContainEqual({ id: "T-015", name: "Kjernejournal dokumentdeling", from: "Rød", to: "Gul" });
  });

  it("lists every status code in both periods, Grå included", () => {
    for (const counts of [s.status.current, s.status.previous, s.risk.current, s.risk.previous]) {
      expect(Object.keys(counts)).toEqual(["Grønn", "Gul", "Rød", "Grå"]);
    }
  });

  it("has 60 dependencies, red by criticality Høy 5 and Middels 2", () => {
    expect(s.dependencies.total).toBe(60);
    expect(s.dependencies.redByCriticality).toEqual({ Høy: 5, Middels: 2, Lav: 0 });
  });

  it("lists the five critical red dependencies of Figur 5", () => {
    expect(s.dependencies.criticalRed.map((d) => [d.initiative, d.owner, d.deadline])).toEqual([
      ["Digitale pasient- og samhandlingstjenester i nord", "Helse Nord RHF", "2023-03-31"],
      ["EPJ-løftet", "Direktoratet for e-helse", "2023-04-03"],
      ["HELIKS", "Helse Vest RHF", "2023-03-28"],
      ["Helseplattformen", "Helse Midt-Norge RHF", null],
      ["Kjernejournal dokumentdeling", "Helse Sør-Øst RHF", "2023-04-02"],
    ]);
    expect(s.dependencies.criticalRed[1].dependency).toBe("Oppdragsavtale med Norsk helsenett");
  });

  it("reports sustainability goals on 32 of 37 active initiatives", () => {
    expect([s.sustainabilityGoals.reported, s.sustainabilityGoals.of]).toEqual([32, 37]);
  });

  it("has a Samstyring budget of 535.5 MNOK", () => {
    expect(s.budget).toEqual({ segment: "Samstyring", total: 535.5 });
  });

  it("has the cost totals of chapter 5, internal amounts left out", () => {
    expect(s.operatingCosts.years).toEqual([2022, 2023, 2024, 2025, 2026]);
    expect(s.operatingCosts.totals).toEqual({ 2022: 15, 2023: 23, 2024: 93, 2025: 21.5, 2026: 12 });
    expect(s.operatingCosts.rows[0]).toEqual({
      solution: "E-resept",
      initiative: "Program Pasientens Legemiddelliste",
      part: "SFM",
      amounts: { 2024: 55 },
      internal: { 2022: 14, 2023: 24 },
    });
  });
});

describe("summary --json --period", () => {
  it("summarizes the chosen period against the latest before it", async () => {
    const { code, json } = await summaryJson("--period", "2023-Q1");
    expect(code).toBe(0);
    expect([json.period, json.previousPeriod]).toEqual(["2023-Q1", null]);
    expect(json.status.previous).toEqual({ Grønn: 0, Gul: 0, Rød: 0, Grå: 0 });
    expect(json.status.changes).toEqual([]);
  });
});
