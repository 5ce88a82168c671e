import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { FileWorkbook } from "../../src/host/file/fileWorkbook";
import { convertWithLibreOffice } from "../charts/convertWithLibreOffice";
import { run } from "../cli/checkFiles";
import { indexParts, partBytes, partsOf } from "../writers/packageParts";
import { SAMPLE, SAMPLE_REPORT_NB } from "./sampleReport";

// Debian's python has python3-openpyxl; a python first on PATH may not.
const PYTHON = "/usr/bin/python3";

// A register whose office added a sheet of its own, named as a report sheet is, with a value and a note.
const ADD_USER_SHEET = `
import sys
from openpyxl import load_workbook
from openpyxl.comments import Comment
wb = load_workbook(sys.argv[1])
for name in sys.argv[3:]:
    ws = wb.create_sheet(name)
    ws["A1"] = "Våre egne notater om historikken"
    ws["A1"].comment = Comment("Skrevet av porteføljekontoret", "Porteføljekontoret")
wb.save(sys.argv[2])
`;

jest.setTimeout(5 * 60_000);
const dir = mkdtempSync(join(tmpdir(), "user-sheet-names-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function withUserSheet(name: string, out: string, ...more: string[]): string {
  const run = spawnSync(PYTHON, ["-c", ADD_USER_SHEET, SAMPLE, out, name, ...more], { encoding: "utf8", timeout: 120_000 });
  if (run.error || run.status !== 0) {
    throw new Error(`openpyxl (python3-openpyxl) failed: ${run.error?.message ?? run.stderr}`);
  }
  return out;
}

async function sheetNames(path: string): Promise<string[]> {
  return (await (await FileWorkbook.open(new Uint8Array(readFileSync(path)), path)).readSheets()).map((s) => s.name);
}

/** The parts of `before` that are not index parts (workbook, styles, properties …) and that `after` does not hold byte for byte. */
async function ownPartsChanged(before: Uint8Array, after: Uint8Array): Promise<string[]> {
  const [a, b] = await Promise.all([JSZip.loadAsync(before), JSZip.loadAsync(after)]);
  const index = await indexParts(a);
  const changed: string[] = [];
  for (const part of partsOf(a).filter((p) => !index.has(p))) {
    const kept = await partBytes(b, part);
    if (!kept || !kept.equals((await partBytes(a, part))!)) {
      changed.push(part);
    }
  }
  return changed;
}

describe("a register with a sheet of its own named as a report sheet (openpyxl)", () => {
  let input: string;
  let bytes: Buffer;
  beforeAll(() => {
    input = withUserSheet("Historikk", join(dir, "with-historikk.xlsx"));
    bytes = readFileSync(input);
  });

  it("is refused by report: one line naming the sheet and what to do, exit 2, nothing written, the input as it was", async () => {
    const out = join(dir, "refused.xlsx");
    const { code, err } = await run("report", input, "--out", out);
    expect(code).toBe(2);
    expect(err).toEqual(["Arbeidsboka har allerede et ark som heter Historikk: gi det et annet navn i Excel. Ingenting er skrevet."]);
    expect(existsSync(out)).toBe(false);
    expect(readFileSync(input).equals(bytes)).toBe(true);
  });

  it("names every sheet of the user's in the report's way in that one line", async () => {
    const several = withUserSheet("Status", join(dir, "with-three.xlsx"), "Historikk", "Kontroll");
    const before = readFileSync(several);
    const out = join(dir, "refused-three.xlsx");
    const { code, err } = await run("report", several, "--out", out);
    expect(code).toBe(2);
    expect(err).toEqual([
      "Arbeidsboka har allerede ark som heter Status, Historikk og Kontroll: gi dem andre navn eller slett dem i Excel. Ingenting er skrevet.",
    ]);
    expect(existsSync(out)).toBe(false);
    expect(readFileSync(several).equals(before)).toBe(true);
  });

  it("gets an English report, whose sheet is Status history: its own Historikk kept, note and all", async () => {
    const out = join(dir, "english.xlsx");
    expect((await run("report", input, "--out", out, "--lang", "en")).code).toBe(0);
    const names = await sheetNames(out);
    expect(names).toContain("Historikk");
    expect(names).toContain("Status history");
    expect(await ownPartsChanged(bytes, readFileSync(out))).toEqual([]);
    const parts = partsOf(await JSZip.loadAsync(readFileSync(out)));
    expect(parts.filter((p) => /comments?\d*\.xml$/.test(p)).length).toBeGreaterThanOrEqual(1);
  });

  it("keeps that sheet when a report in English runs again in Norwegian: still refused, the English report left whole", async () => {
    const english = join(dir, "english.xlsx");
    const before = readFileSync(english);
    const { code, err } = await run("report", english, "--out", join(dir, "back-to-nb.xlsx"));
    expect([code, err]).toEqual([
      2,
      ["Arbeidsboka har allerede et ark som heter Historikk: gi det et annet navn i Excel. Ingenting er skrevet."],
    ]);
    expect(readFileSync(english).equals(before)).toBe(true);
  });
});

describe("a report of a register saved by LibreOffice, run again on its own output", () => {
  let register: Uint8Array;
  let first: string;
  let second: string;
  beforeAll(async () => {
    register = convertWithLibreOffice(new Uint8Array(readFileSync(SAMPLE)), "xlsx", "register.xlsx");
    const input = join(dir, "lo-register.xlsx");
    writeFileSync(input, register);
    first = join(dir, "lo-first.xlsx");
    second = join(dir, "lo-second.xlsx");
    expect((await run("report", input, "--out", first)).code).toBe(0);
    expect((await run("report", first, "--out", second)).code).toBe(0);
  });

  it("replaces the report sheets it wrote: the same sheets, none doubled", async () => {
    const once = await sheetNames(first);
    expect(once.slice(-SAMPLE_REPORT_NB.length)).toEqual(SAMPLE_REPORT_NB);
    expect(await sheetNames(second)).toEqual(once);
  });

  it("keeps every part of the register's own, byte for byte, on both runs", async () => {
    expect(await ownPartsChanged(register, readFileSync(first))).toEqual([]);
    expect(await ownPartsChanged(register, readFileSync(second))).toEqual([]);
  });

  it("still knows its sheets after LibreOffice has opened and saved the report", async () => {
    const resaved = join(dir, "lo-resaved.xlsx");
    writeFileSync(resaved, convertWithLibreOffice(new Uint8Array(readFileSync(first)), "xlsx"));
    const again = join(dir, "lo-again.xlsx");
    expect((await run("report", resaved, "--out", again, "--lang", "en", "--year", "2025")).code).toBe(0);
    const names = await sheetNames(again);
    expect(names.filter((n) => SAMPLE_REPORT_NB.includes(n) && n !== "Status")).toEqual([]);
    expect(names).toContain("Initiatives for 2025");
    expect(names.filter((n) => n === "Status")).toHaveLength(1);
  });
});
