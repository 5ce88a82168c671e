import { existsSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { UnusableInputError } from "../../workbook/errors";

/** Reads an input file's bytes, or says plainly that it is not there. Never writes to it. */
export function readInputFile(path: string): Uint8Array {
  if (!existsSync(path) || !statSync(path).isFile()) {
    throw new UnusableInputError("missing", path);
  }
  return new Uint8Array(readFileSync(path));
}

/**
 * Replaces a file as a whole: writes beside it, then renames over it, so a
 * crash never leaves half a workbook behind.
 */
export function writeFileWhole(path: string, bytes: Uint8Array): void {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, bytes);
    renameSync(temp, path);
  } finally {
    if (existsSync(temp)) {
      unlinkSync(temp);
    }
  }
}
