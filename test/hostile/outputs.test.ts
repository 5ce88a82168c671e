import { spawnSync } from "node:child_process";
import {
  chmodSync,
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { ROOT, run, SAMPLE, snapshot, tempDir } from "./hostileFiles";

/** A folder holding a copy of the sample register, and a symlink `alias` to that folder. */
function registerWithAlias(): { dir: string; alias: string; register: string } {
  const base = tempDir();
  const dir = join(base, "dir");
  mkdirSync(dir);
  const register = join(dir, "reg.xlsx");
  copyFileSync(SAMPLE, register);
  const alias = join(base, "alias");
  symlinkSync(dir, alias);
  return { dir, alias, register };
}

describe("an output that is an input under another name is refused before any work", () => {
  it.each(["report", "council"])("%s reg.xlsx --out alias/reg.xlsx through a symlinked folder", async (command) => {
    const { dir, alias, register } = registerWithAlias();
    const before = snapshot(dir);
    const result = await run(command, register, "--out", join(alias, "reg.xlsx"));
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/samme fil som .*reg\.xlsx/);
    expect(snapshot(dir)).toEqual(before);
  });

  it("import writing over its register through a symlinked folder", async () => {
    const { dir, alias, register } = registerWithAlias();
    const template = join(dir, "filled.xlsx");
    copyFileSync(SAMPLE, template);
    const before = snapshot(dir);
    const result = await run("import", register, template, "--out", join(alias, "reg.xlsx"));
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/samme fil som/);
    expect(snapshot(dir)).toEqual(before);
  });

  it("report --out a hard link to the register", async () => {
    const { dir, register } = registerWithAlias();
    linkSync(register, join(dir, "other-name.xlsx"));
    const before = snapshot(dir);
    const result = await run("report", register, "--out", join(dir, "other-name.xlsx"));
    expect(result.code).toBe(2);
    expect(snapshot(dir)).toEqual(before);
  });

  it("feed dir/initiatives.csv --out dir, where the register is named like one of the feed's files", async () => {
    const dir = tempDir();
    const register = join(dir, "initiatives.csv");
    copyFileSync(SAMPLE, register);
    const before = snapshot(dir);
    const result = await run("feed", register, "--out", dir);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/initiatives\.csv/);
    expect(snapshot(dir)).toEqual(before);
  });
});

describe("an output that cannot be written is refused before the input is read", () => {
  // The input is not a workbook: had the command read it first, it would say so instead.
  const notXlsx = () => {
    const dir = tempDir();
    const file = join(dir, "notes.xlsx");
    writeFileSync(file, "not a workbook");
    return { dir, file };
  };

  it("--out in a folder that does not exist", async () => {
    const { dir, file } = notXlsx();
    const result = await run("report", file, "--out", join(dir, "missing", "out.xlsx"));
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/missing.*finnes ikke/);
    expect(readdirSync(dir)).toEqual(["notes.xlsx"]);
  });

  it("templates --out in a folder whose parent does not exist", async () => {
    const { dir, file } = notXlsx();
    const result = await run("templates", file, "--period", "2023-Q3", "--out", join(dir, "a", "b"), "--lang", "en");
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/does not exist/);
    expect(readdirSync(dir)).toEqual(["notes.xlsx"]);
  });

  it("a folder as --out for a one-file command", async () => {
    const { dir, file } = notXlsx();
    mkdirSync(join(dir, "folder.xlsx"));
    const result = await run("council", file, "--out", join(dir, "folder.xlsx"));
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/er en mappe/);
  });

  it("a device as --out", async () => {
    const { file } = notXlsx();
    const result = await run("report", file, "--out", "/dev/null");
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/ikke en vanlig fil/);
  });

  it("a symbolic link as --out is left as it was", async () => {
    const { dir } = notXlsx();
    const target = join(dir, "elsewhere.xlsx");
    writeFileSync(target, "keep");
    symlinkSync(target, join(dir, "link.xlsx"));
    const result = await run("report", SAMPLE, "--out", join(dir, "link.xlsx"));
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/symbolsk lenke/);
    expect(readlinkSync(join(dir, "link.xlsx"))).toBe(target);
    expect(readFileSync(target, "utf8")).toBe("keep");
  });

  it("a read-only folder (as a user without write access: root ignores permission bits)", () => {
    const dir = tempDir();
    const locked = join(dir, "locked");
    mkdirSync(locked);
    chmodSync(locked, 0o555);
    chmodSync(dir, 0o755);
    const input = join(dir, "reg.xlsx");
    copyFileSync(SAMPLE, input);
    chmodSync(input, 0o644);
    // tsx keeps a cache in the temp folder: give the other user one of its own.
    const scratch = join(dir, "scratch");
    mkdirSync(scratch);
    chmodSync(scratch, 0o777);
    const asUser = process.getuid?.() === 0 ? ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : [];
    const tsx = join(ROOT, "node_modules", ".bin", "tsx");
    const result = spawnSync(
      asUser[0] ?? tsx,
      [
        ...asUser.slice(1),
        ...(asUser.length ? [tsx] : []),
        join(ROOT, "src/cli/main.ts"),
        "report",
        input,
        "--out",
        join(locked, "out.xlsx"),
      ],
      {
        encoding: "utf8",
        timeout: 60_000,
        env: { ...process.env, HOME: scratch, TMPDIR: scratch },
      },
    );
    expect(result.status).toBe(2);
    expect(result.stderr.trim().split("\n")).toEqual([`Kan ikke skrive i mappen ${locked}. Velg en mappe du har skrivetilgang til.`]);
    expect(readdirSync(locked)).toEqual([]);
  });
});

describe("temp files", () => {
  it("a temp file left by a run that was killed outright is removed by the next run", async () => {
    const dir = tempDir();
    // PIDs never reach this, so no live process owns the file.
    const stale = join(dir, ".report.xlsx.4194305.tmp");
    writeFileSync(stale, "half a workbook");
    const result = await run("report", SAMPLE, "--out", join(dir, "report.xlsx"));
    expect(result.code).toBe(0);
    expect(readdirSync(dir)).toEqual(["report.xlsx"]);
  });

  it("a write interrupted by SIGTERM leaves no temp file", () => {
    const dir = tempDir();
    const script = `
      const { writeFileSync } = require("node:fs");
      const { tempPathOf, trackTemp } = require(${JSON.stringify(join(ROOT, "src/cli/output/tempFiles.ts"))});
      const temp = tempPathOf(${JSON.stringify(join(dir, "out.xlsx"))});
      trackTemp(temp);
      writeFileSync(temp, "half");
      process.kill(process.pid, "SIGTERM");
      setTimeout(() => {}, 10_000);
    `;
    const result = spawnSync(join(ROOT, "node_modules", ".bin", "tsx"), ["-e", script], { encoding: "utf8", timeout: 30_000 });
    expect(result.status).toBe(143);
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe("output piped into a reader that stops early", () => {
  it("ends quietly when stdout closes (EPIPE), with no error on stderr", () => {
    const dir = tempDir();
    // Thousands of findings: far more output than a pipe buffers.
    const script = `
      const ExcelJS = require("exceljs");
      const wb = new ExcelJS.Workbook();
      const t = wb.addWorksheet("Tiltak");
      t.addRow(["ID", "Navn", "Eier", "Segment", "Hovedmål"]);
      for (let i = 0; i < 3000; i++) t.addRow(["T-" + i, "Navn " + i, "Eier", "Ukjent segment " + i, 9]);
      wb.xlsx.writeFile(${JSON.stringify(join(dir, "many.xlsx"))});
    `;
    expect(spawnSync("node", ["-e", script], { cwd: ROOT, timeout: 60_000 }).status).toBe(0);
    const cli = `${join(ROOT, "node_modules", ".bin", "tsx")} ${join(ROOT, "src/cli/main.ts")}`;
    const result = spawnSync(
      "bash",
      ["-c", `set -o pipefail; ${cli} check ${join(dir, "many.xlsx")} | head -n 2 >/dev/null; echo "exit=\${PIPESTATUS[0]}" >&2`],
      {
        encoding: "utf8",
        timeout: 60_000,
      },
    );
    expect(result.stderr.trim()).toMatch(/^exit=[01]$/);
    expect(existsSync(join(dir, "many.xlsx"))).toBe(true);
  });
});
