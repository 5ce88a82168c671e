import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const MISSING =
  "LibreOffice (soffice) is not installed: the chart tests need it as a second reader. " +
  "Install Debian's libreoffice-calc (CI's .ci/run does) and run again.";

/**
 * Converts a workbook with headless LibreOffice into the given format
 * ("xlsx", "pdf", ...) and returns the converted bytes. A private profile per
 * run keeps parallel runs from colliding over ~/.config/libreoffice. `options` go before
 * the conversion, e.g. `--infilter=CSV:59,34,76` to open a CSV with ";" as separator.
 */
export function convertWithLibreOffice(
  bytes: Uint8Array,
  format: string,
  name = "report.xlsx",
  options: readonly string[] = [],
): Uint8Array {
  const work = join(tmpdir(), `lo-${randomBytes(6).toString("hex")}`);
  const input = join(work, "in");
  const output = join(work, "out");
  mkdirSync(input, { recursive: true });
  mkdirSync(output, { recursive: true });
  try {
    writeFileSync(join(input, name), bytes);
    const run = spawnSync(
      "soffice",
      [
        `-env:UserInstallation=file://${join(work, "profile")}`,
        "--headless",
        "--norestore",
        ...options,
        "--convert-to",
        format,
        "--outdir",
        output,
        join(input, name),
      ],
      { encoding: "utf8", timeout: 170_000 },
    );
    const failure: NodeJS.ErrnoException | undefined = run.error;
    if (failure?.code === "ENOENT") {
      throw new Error(MISSING);
    }
    const produced = readdirSync(output);
    if (produced.length !== 1) {
      throw new Error(`LibreOffice did not convert ${name} to ${format} (exit ${run.status}): ${run.stderr || run.stdout}`);
    }
    return new Uint8Array(readFileSync(join(output, produced[0])));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
