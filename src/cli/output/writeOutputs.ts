import { mkdirSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { removePendingTemps, sweepStaleTemps, tempPathOf, trackTemp, untrackTemp } from "./tempFiles";

/**
 * Replaces one planned output as a whole: written beside it under a temp
 * name, then renamed over it, so a crash or Ctrl-C never leaves half a file.
 */
export function writeOutputFile(path: string, bytes: Uint8Array): void {
  sweepStaleTemps(dirname(path));
  const temp = stageTemp(path, bytes);
  renameSync(temp, path);
  untrackTemp(temp);
}

/**
 * Writes a planned set of outputs all or nothing: every file is staged under
 * a temp name first; only when all are staged are they renamed into place.
 * A failure while staging removes what was staged and writes nothing.
 */
export async function writeOutputSet(folder: string, files: AsyncIterable<[path: string, bytes: Uint8Array]>): Promise<void> {
  mkdirSync(folder, { recursive: true });
  sweepStaleTemps(folder);
  const staged: Array<[temp: string, path: string]> = [];
  try {
    for await (const [path, bytes] of files) {
      staged.push([stageTemp(path, bytes), path]);
    }
  } catch (e) {
    removePendingTemps();
    throw e;
  }
  for (const [temp, path] of staged) {
    renameSync(temp, path);
    untrackTemp(temp);
  }
}

function stageTemp(path: string, bytes: Uint8Array): string {
  const temp = tempPathOf(path);
  trackTemp(temp);
  try {
    writeFileSync(temp, bytes);
  } catch (e) {
    try {
      unlinkSync(temp);
    } catch {
      // Nothing was created.
    }
    untrackTemp(temp);
    throw e;
  }
  return temp;
}
