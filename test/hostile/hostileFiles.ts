import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main";

export const ROOT = join(__dirname, "..", "..");
export const SAMPLE = join(ROOT, "assets", "sample-portfolio.xlsx");

/** A fresh folder for one case's files. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "hostile-"));
}

/** Runs the command line in-process as a user would, collecting what it prints. */
export async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(
    argv,
    (t) => out.push(t),
    (t) => err.push(t),
  );
  return { code, out: out.join("\n"), err: err.join("\n") };
}

/** A file's SHA-256, to show an input is byte for byte what it was. */
export function checksum(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}

/** Every file below a folder with its checksum: what a command must leave as it was. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) {
      const path = join(entry.parentPath ?? (entry as unknown as { path: string }).path, entry.name);
      out[path.slice(dir.length + 1)] = checksum(path);
    }
  }
  return out;
}
