import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";
import { registerBytes } from "../council/registerFixture";

const SAMPLE = join(__dirname, "..", "..", "assets", "sample-portfolio.xlsx");

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

describe("feed command", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "feed-"));
  });

  it("writes summary.json, initiatives.json, initiatives.csv, roadmap.json and the web pages for the sample register", async () => {
    const out = join(dir, "web");
    const { code } = await run("feed", SAMPLE, "--out", out);
    expect(code).toBe(0);
    const files = readdirSync(out).sort();
    expect(files.filter((f) => !f.endsWith(".html"))).toEqual(["initiatives.csv", "initiatives.json", "roadmap.json", "summary.json"]);
    // index.html, one page per initiative of the feed, one roadmap page per goal.
    const pages = files.filter((f) => f.endsWith(".html"));
    expect(pages).toContain("index.html");
    expect(pages.filter((f) => f.startsWith("tiltak-"))).toHaveLength(43);
    expect(pages.filter((f) => f.startsWith("veikart-"))).toEqual([
      "veikart-mal-1.html",
      "veikart-mal-2.html",
      "veikart-mal-3.html",
      "veikart-mal-4.html",
      "veikart-mal-5.html",
    ]);
    const roadmap = JSON.parse(readFileSync(join(out, "roadmap.json"), "utf8"));
    expect(roadmap).toMatchObject({ format: 1, period: "2023-Q2", year: 2024 });
    expect(roadmap.goals.map((g: { goal: string }) => g.goal)).toEqual(["1", "2", "3", "4", "5"]);
    const summary = JSON.parse(readFileSync(join(out, "summary.json"), "utf8"));
    expect(summary).toMatchObject({ format: 1, period: "2023-Q2", initiatives: { active: 37 } });
    const feed = JSON.parse(readFileSync(join(out, "initiatives.json"), "utf8"));
    expect(feed.initiatives.filter((r: { phase: string }) => r.phase === "Aktiv")).toHaveLength(37);
    expect([...readFileSync(join(out, "initiatives.csv")).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it("gives the active initiatives the same colours the status and risk figures count", async () => {
    const out = join(dir, "web");
    await run("feed", SAMPLE, "--out", out);
    const summary = JSON.parse(readFileSync(join(out, "summary.json"), "utf8"));
    const rows = JSON.parse(readFileSync(join(out, "initiatives.json"), "utf8")).initiatives as Array<Record<string, string | null>>;
    const count = (key: "status" | "risk") => {
      const counts = Object.fromEntries(Object.keys(summary[key].current).map((code) => [code, 0]));
      for (const r of rows) {
        if (r.phase === "Aktiv" && r[key] !== null) {
          counts[r[key]]++;
        }
      }
      return counts;
    };
    expect(count("status")).toEqual(summary.status.current);
    expect(count("risk")).toEqual(summary.risk.current);
  });

  it("prints the same summary JSON as the summary command", async () => {
    const out = join(dir, "web");
    await run("feed", SAMPLE, "--out", out, "--period", "2023-Q1");
    const printed = await run("summary", SAMPLE, "--json", "--period", "2023-Q1");
    expect(JSON.parse(readFileSync(join(out, "summary.json"), "utf8"))).toEqual(JSON.parse(printed.out.join("\n")));
  });

  it("still writes the feed when the register has errors, and exits with 1", async () => {
    const register = join(dir, "register.xlsx");
    writeFileSync(
      register,
      await registerBytes({
        Tiltak: [{ ID: "T-1", Navn: "Alfa", Eier: "KS", Segment: "Orientering", Hovedmål: 1 }],
        Rapporter: [{ ID: "T-1", Periode: "2023-Q2", Fase: "Aktiv", Status: "Lilla" }],
      }),
    );
    const { code } = await run("feed", register, "--out", join(dir, "web"));
    expect(code).toBe(1);
    expect(JSON.parse(readFileSync(join(dir, "web", "summary.json"), "utf8")).findings.errors).toBeGreaterThan(0);
  });

  it.each([
    ["a missing register", () => ["feed", join(dir, "nowhere.xlsx"), "--out", join(dir, "web")]],
    [
      "a file that is not a workbook",
      () => {
        writeFileSync(join(dir, "notes.xlsx"), "just text");
        return ["feed", join(dir, "notes.xlsx"), "--out", join(dir, "web")];
      },
    ],
  ])("stops with exit code 2, one line and nothing written for %s", async (_case, argv) => {
    const { code, err } = await run(...argv());
    expect(code).toBe(2);
    expect(err).toHaveLength(1);
    expect(err[0]).not.toContain("\n");
    expect(existsSync(join(dir, "web"))).toBe(false);
  });

  it("stops with exit code 2 and writes nothing without --out", async () => {
    const { code } = await run("feed", SAMPLE);
    expect(code).toBe(2);
    expect(readdirSync(dir)).toEqual([]);
  });

  it("refuses an --out that is a file rather than a folder", async () => {
    const file = join(dir, "taken.txt");
    writeFileSync(file, "keep me");
    const { code } = await run("feed", SAMPLE, "--out", file);
    expect(code).toBe(2);
    expect(readFileSync(file, "utf8")).toBe("keep me");
  });
});
