import { readFileSync } from "node:fs";
import { join } from "node:path";
import { COMMAND_NAMES, COMMAND_SPECS } from "../../src/cli/commandSpec";
import { listing, run, tempDir } from "./checkFiles";

const SAMPLE = join(__dirname, "..", "..", "assets", "sample-portfolio.xlsx");
const VERSION = (JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")) as { version: string }).version;

describe("the command line's arguments", () => {
  it("refuse an option the command does not take: check --out exits 2 with the usage and writes nothing", async () => {
    const dir = tempDir();
    const { code, out, err } = await run("check", SAMPLE, "--out", join(dir, "x.xlsx"), "--lang", "en");
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toHaveLength(1);
    expect(err[0]).toMatch(/^unknown option --out for check\n/);
    expect(err[0]).toContain("Usage: npm run cli -- <command> [options]");
    expect(err[0]).toContain("  check <file.xlsx> [--json] [--period P] [--lang nb|en]");
    expect(listing(dir)).toEqual([]);
  });

  it.each([
    ["summary", ["--out", "x"]],
    ["report", ["--json"]],
    ["feed", ["--json"]],
    ["check", ["--verbose"]],
  ])("refuse %s %s with exit 2", async (command, extra) => {
    const { code, err } = await run(command, SAMPLE, ...extra, "--lang=en");
    expect(code).toBe(2);
    expect(err[0]).toMatch(new RegExp(`^unknown option ${extra[0]} for ${command}`));
  });

  it("take --deadline on summary: reports made after it are late in the round; a date it cannot read exits 2", async () => {
    const { code, out } = await run("summary", SAMPLE, "--json", "--deadline", "2023-03-28");
    expect(code).toBe(0);
    const round = (JSON.parse(out) as { round: { deadline: string; notReported: unknown[]; late: Array<{ reportedOn: string }> } }).round;
    expect(round.deadline).toBe("2023-03-28");
    expect(round.notReported).toEqual([]);
    expect(round.late.length).toBeGreaterThan(0);
    expect(round.late.every((l) => l.reportedOn > "2023-03-28")).toBe(true);
    const bad = await run("summary", SAMPLE, "--json", "--deadline", "snart", "--lang", "en");
    expect(bad.code).toBe(2);
    expect(bad.err[0]).toMatch(/^--deadline takes a date such as 2023-03-30/);
  });

  it("take --option=value as well as --option value", async () => {
    const spaced = await run("check", SAMPLE, "--period", "2023-Q1", "--lang", "en", "--json");
    const joined = await run("check", SAMPLE, "--period=2023-Q1", "--lang=en", "--json");
    expect(joined.code).toBe(spaced.code);
    expect(joined.out).toBe(spaced.out);
    expect(JSON.parse(joined.out)).toMatchObject({ valid: true });
    expect(joined.out).toContain("The dependency is Rød");
  });

  it("say which option lacks its value, or was given one it does not take", async () => {
    expect((await run("report", SAMPLE, "--lang", "en", "--out")).err[0]).toMatch(/^--out needs a value\n/);
    expect((await run("check", SAMPLE, "--lang", "en", "--json=yes")).err[0]).toMatch(/^--json takes no value\n/);
    expect((await run("check", SAMPLE, "--lang", "en", "--period=2023-Q9")).err[0]).toMatch(
      /^--period takes a quarter such as 2023-Q2, not 2023-Q9\n/,
    );
  });

  it("answer --help with every command and what it does, and exit 0", async () => {
    const { code, out, err } = await run("--help", "--lang", "en");
    expect(code).toBe(0);
    expect(err).toEqual([]);
    for (const command of COMMAND_NAMES) {
      expect(out).toMatch(new RegExp(`^  ${command} +\\S`, "m"));
    }
    expect(out).toContain("Run <command> --help for a command's options.");
  });

  it.each(COMMAND_NAMES)("answer %s --help with its synopsis and each of its options", async (command) => {
    const { code, out } = await run(command, "--help");
    expect(code).toBe(0);
    expect(out.split("\n")[0]).toBe(`Bruk: npm run cli -- ${command} ${COMMAND_SPECS[command].synopsis}`);
    for (const option of [...COMMAND_SPECS[command].options, "help"]) {
      expect(out).toMatch(new RegExp(`^  (-h, )?--${option}\\b`, "m"));
    }
    expect(out).not.toMatch(/--version/);
  });

  it("answer --version with the package's version", async () => {
    expect(await run("--version")).toEqual({ code: 0, out: VERSION, err: [] });
  });

  it("still exit 2 with the usage when the command is missing or unknown", async () => {
    expect((await run("--lang", "en")).err[0]).toMatch(/^missing command\n/);
    const unknown = await run("chek", SAMPLE, "--lang", "en");
    expect(unknown.code).toBe(2);
    expect(unknown.err[0]).toMatch(/^unknown command chek\nUsage:/);
  });

  it("say what is wrong with a call in Norwegian unless --lang en is given, as every other line of the tool", async () => {
    const dir = tempDir();
    const option = await run("check", SAMPLE, "--out", join(dir, "x.xlsx"));
    expect(option.code).toBe(2);
    expect(option.err[0]).toMatch(/^ukjent valg --out for check\nBruk: npm run cli -- <command> \[options\]\n/);
    expect(option.err[0]).not.toContain("Usage");
    expect((await run()).err[0]).toMatch(/^kommandoen mangler\nBruk:/);
    expect((await run("check", SAMPLE, "--period=2023-Q9")).err[0]).toMatch(/^--period tar et kvartal som 2023-Q2, ikke 2023-Q9\n/);
    expect((await run("report", SAMPLE)).err[0]).toMatch(/^report trenger --out <report.xlsx>\n/);
    expect((await run("report", SAMPLE, "--lang", "en")).err[0]).toMatch(/^report needs --out <report.xlsx>\nUsage:/);
    expect((await run("summary", SAMPLE)).err[0]).toMatch(/^summary skriver JSON: legg til --json\n/);
    expect((await run("import", SAMPLE, "--out", join(dir, "y.xlsx"))).err[0]).toMatch(
      /^oppgi registeret og deretter én eller flere utfylte maler\n/,
    );
    expect(listing(dir)).toEqual([]);
  });
});
