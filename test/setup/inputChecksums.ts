import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

const ROOT = join(__dirname, "..", "..");

/** Every file the tests read as input (the sample register and its data, the icons), with its SHA-256. */
export function inputChecksums(): Record<string, string> {
  const sums: Record<string, string> = {};
  for (const entry of readdirSync(join(ROOT, "assets"), { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) {
      continue;
    }
    const path = join(entry.parentPath, entry.name);
    sums[relative(ROOT, path)] = createHash("sha256").update(readFileSync(path)).digest("hex");
  }
  return sums;
}
