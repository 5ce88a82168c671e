import { readdirSync, unlinkSync } from "node:fs";
import { basename, dirname, join } from "node:path";

const pending = new Set<string>();
let guarded = false;

/** The temp name a file is written under before it is renamed into place: `.name.<pid>.tmp`, beside it. */
export function tempPathOf(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
}

/** Bytes a temp name adds to a file name (the dot, the pid and ".tmp"). */
export const TEMP_SUFFIX_BYTES = `..${4_194_304}.tmp`.length;

/**
 * Registers a temp file so that it is removed however the process ends:
 * normally, by an exception, or by Ctrl-C / SIGTERM / SIGHUP (a kill -9 cannot
 * be caught; `sweepStaleTemps` removes what such a run left behind).
 */
export function trackTemp(path: string): void {
  guardExit();
  pending.add(path);
}

/** The temp file was renamed into place or removed: nothing left to clean. */
export function untrackTemp(path: string): void {
  pending.delete(path);
}

/** Removes every temp file still pending (what a failed or interrupted write left). */
export function removePendingTemps(): void {
  for (const path of pending) {
    try {
      unlinkSync(path);
    } catch {
      // Already gone: nothing to clean.
    }
  }
  pending.clear();
}

/**
 * Removes `.name.<pid>.tmp` files in a folder whose process no longer runs:
 * the leftovers of a run that was killed outright.
 */
export function sweepStaleTemps(folder: string): void {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    const m = /^\..+\.(\d+)\.tmp$/.exec(name);
    if (!m || Number(m[1]) === process.pid || isRunning(Number(m[1]))) {
      continue;
    }
    try {
      unlinkSync(join(folder, name));
    } catch {
      // Another run may have removed it first.
    }
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: the process exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

const SIGNALS: Array<[NodeJS.Signals, number]> = [
  ["SIGINT", 130],
  ["SIGTERM", 143],
  ["SIGHUP", 129],
];

function guardExit(): void {
  if (guarded) {
    return;
  }
  guarded = true;
  process.on("exit", removePendingTemps);
  for (const [signal, code] of SIGNALS) {
    process.once(signal, () => {
      removePendingTemps();
      process.exit(code);
    });
  }
}
