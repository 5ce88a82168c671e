import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { listing, tempDir } from "./checkFiles";

const ROOT = join(__dirname, "..", "..");

describe("check as a real process", () => {
  it("exits 2 on a password-protected workbook with one line on stderr and no stack trace", () => {
    const dir = tempDir();
    const file = join(dir, "secret.xlsx");
    const cfb = new Uint8Array(2048);
    cfb.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    writeFileSync(file, cfb);
    const result = spawnSync("npx", ["tsx", "src/cli/main.ts", "check", file], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr.trim().split("\n")).toEqual([
      `${file} er passordbeskyttet eller en gammel .xls-fil; lagre den som .xlsx uten passord.`,
    ]);
    expect(result.stderr).not.toMatch(/\bat \S+ \(|Error:/);
    expect(listing(dir)).toEqual(["secret.xlsx"]);
  });
});
