import { closeSync, lstatSync, openSync, realpathSync, statSync, unlinkSync, type Stats } from "node:fs";
import { basename, dirname, extname, join, resolve } from "node:path";
import { OutputError } from "./outputError";
import { TEMP_SUFFIX_BYTES, tempPathOf } from "./tempFiles";

/** File names, temp suffix included, stay under this many UTF-8 bytes (most file systems allow 255). */
export const MAX_NAME_BYTES = 200;

interface Input {
  real: string;
  dev: number;
  ino: number;
  shown: string;
}

/**
 * Where a one-file output (`--out report.xlsx`) will be written, checked
 * before any work: its folder exists and can be written, and it is not an
 * input under another name (a symlinked folder, a hard link), a folder, a
 * device or a symbolic link. Returns the real path to write.
 */
export function planOutputFile(out: string, inputs: readonly string[]): string {
  const folder = writableFolder(dirname(resolve(out)));
  checkName(basename(out));
  const path = join(folder, basename(out));
  checkTarget(path, out, identify(inputs));
  return path;
}

/**
 * Refuses, before any work, a workbook output whose extension is not the one
 * its content asks for: the register's own kind for report and import (a
 * register with macros stays a .xlsm, macros and all), .xlsx for a new
 * workbook. Excel will not open a file whose extension does not match
 * ("the file format or file extension is not valid").
 */
export function checkOutputExtension(out: string, extension: string): void {
  if (extname(out).toLowerCase() !== extension) {
    throw new OutputError("wrong-extension", out, extension);
  }
}

/**
 * A folder for a many-file output (templates, feed), checked before any work:
 * it exists and can be written, or it can be made in a folder that exists and
 * can be written. Returns its real path (not yet made).
 */
export function planOutputFolder(folder: string): string {
  const absolute = resolve(folder);
  const stat = statOrUndefined(absolute);
  if (stat && !stat.isDirectory()) {
    throw new OutputError("not-directory", folder);
  }
  if (stat) {
    return writableFolder(absolute);
  }
  return join(writableFolder(dirname(absolute)), basename(absolute));
}

/**
 * The real paths of a many-file output's names in a planned folder, checked
 * as a whole before anything is written: no two names the same when case is
 * ignored, none too long, none an input, a folder, a device or a link.
 */
export function planOutputNames(folder: string, names: readonly string[], inputs: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const name of names) {
    checkName(name);
    const key = name.normalize("NFC").toLocaleLowerCase("nb");
    const before = seen.get(key);
    if (before !== undefined) {
      throw new OutputError("names-collide", before, name);
    }
    seen.set(key, name);
  }
  const known = identify(inputs);
  return names.map((name) => {
    const path = join(folder, name);
    checkTarget(path, path, known);
    return path;
  });
}

function identify(files: readonly string[]): Input[] {
  return files.flatMap((shown) => {
    try {
      const real = realpathSync(shown);
      const s = statSync(real);
      return [{ real, dev: s.dev, ino: s.ino, shown }];
    } catch {
      // A missing input is reported when it is opened.
      return [];
    }
  });
}

function checkTarget(path: string, shown: string, inputs: readonly Input[]): void {
  let s: Stats | undefined;
  try {
    s = lstatSync(path);
  } catch {
    s = undefined;
  }
  if (s?.isSymbolicLink()) {
    throw new OutputError("is-link", shown);
  }
  if (s?.isDirectory()) {
    throw new OutputError("is-directory", shown);
  }
  if (s && !s.isFile()) {
    throw new OutputError("is-special", shown);
  }
  const same = inputs.find((i) => i.real === path || (s !== undefined && i.dev === s.dev && i.ino === s.ino));
  if (same) {
    throw new OutputError("is-input", shown, same.shown);
  }
}

function checkName(name: string): void {
  if (new TextEncoder().encode(name).length + TEMP_SUFFIX_BYTES > MAX_NAME_BYTES) {
    throw new OutputError("name-too-long", name);
  }
}

/** The folder's real path, once a probe file shows it can be written (permission bits alone do not bind root). */
function writableFolder(folder: string): string {
  let real: string;
  try {
    real = realpathSync(folder);
  } catch {
    throw new OutputError("folder-missing", folder);
  }
  if (!statSync(real).isDirectory()) {
    throw new OutputError("folder-missing", folder);
  }
  const probe = tempPathOf(join(real, "probe"));
  try {
    closeSync(openSync(probe, "wx"));
    unlinkSync(probe);
  } catch {
    throw new OutputError("not-writable", folder);
  }
  return real;
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}
