import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type ExcelJS from "exceljs";
import { main } from "../../src/cli/main";

/** A fresh folder for one test's files. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "check-cli-"));
}

/** Writes a workbook as .xlsx into the folder and returns its path. */
export async function writeWorkbook(dir: string, name: string, workbook: ExcelJS.Workbook): Promise<string> {
  const path = join(dir, name);
  writeFileSync(path, new Uint8Array(await workbook.xlsx.writeBuffer()));
  return path;
}

/** Runs the command line in-process, capturing what it prints. */
export async function run(...argv: string[]): Promise<{ code: number; out: string; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(
    argv,
    (t) => out.push(t),
    (t) => err.push(t),
  );
  return { code, out: out.join("\n"), err };
}

/** The names in a folder, to show that a command wrote nothing. */
export function listing(dir: string): string[] {
  return readdirSync(dir).sort();
}
