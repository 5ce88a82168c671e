import { readdirSync } from "node:fs";
import { join } from "node:path";
import { buildRegister, VALID_REGISTER } from "../checks/fixtures/validRegister";
import { inputCell, load, templateSheet } from "../template/templateFiles";
import { run, snapshot, tempDir } from "./hostileFiles";

const LONG_ID = `T-${"x".repeat(298)}`;

/** The valid register plus initiatives whose IDs clash once made safe for file names, and one very long ID. */
async function registerWith(ids: readonly string[]): Promise<string> {
  // A copy by hand: structuredClone would make dates of another realm under jest.
  const sheets = Object.fromEntries(Object.entries(VALID_REGISTER).map(([name, rows]) => [name, rows.map((r) => [...r])]));
  for (const id of ids) {
    sheets.Tiltak.push([id, "Felles navn", "KS", "Koordinering", 2, null, "3", null, null, null]);
    sheets.Rapporter.push([id, "2023-Q2", "Aktiv", "Grønn", null, "Grønn", null, null, null]);
  }
  const dir = tempDir();
  const path = join(dir, "register.xlsx");
  await buildRegister(sheets).xlsx.writeFile(path);
  return path;
}

describe("template names never overwrite each other", () => {
  it("IDs T/1, T:1 and T?1 with one name give three files, and the count said is the count written", async () => {
    const register = await registerWith(["T/1", "T:1", "T?1"]);
    const before = snapshot(join(register, ".."));
    const out = tempDir();
    const result = await run("templates", register, "--period", "2023-Q3", "--out", out);
    expect(result.code).toBe(0);
    const files = readdirSync(out);
    const said = Number(/Skrev (\d+) maler/.exec(result.out)?.[1]);
    expect(files).toHaveLength(said);
    expect(files.filter((f) => f.startsWith("T-1 Felles navn 2023-Q3")).sort()).toEqual([
      "T-1 Felles navn 2023-Q3 (2).xlsx",
      "T-1 Felles navn 2023-Q3 (3).xlsx",
      "T-1 Felles navn 2023-Q3.xlsx",
    ]);
    // Each file is the template of its own initiative.
    const ids = await Promise.all(
      files.filter((f) => f.startsWith("T-1 ")).map(async (f) => inputCell(templateSheet(await load(join(out, f))), "ID").value),
    );
    expect(new Set(ids).size).toBe(3);
    expect(snapshot(join(register, ".."))).toEqual(before);
  });

  it("a 300-character ID gives a template whose name fits the file system, written with the others", async () => {
    const register = await registerWith([LONG_ID]);
    const out = tempDir();
    const result = await run("templates", register, "--period", "2023-Q3", "--out", out, "--lang", "en");
    expect(result.code).toBe(0);
    const long = readdirSync(out).find((f) => f.startsWith("T-xxx"));
    expect(long).toBeDefined();
    expect(Buffer.byteLength(long!)).toBeLessThanOrEqual(160);
    expect(readdirSync(out)).toHaveLength(Number(/Wrote (\d+) templates/.exec(result.out)?.[1]));
  });
});
