import { inputChecksums } from "./inputChecksums";

/** After the last test: no test may have changed an input file (the run fails if one did). */
export default function compareInputs(): void {
  const before = (globalThis as { inputChecksums?: Record<string, string> }).inputChecksums ?? {};
  const after = inputChecksums();
  const changed = Object.keys({ ...before, ...after }).filter((file) => before[file] !== after[file]);
  if (changed.length > 0) {
    throw new Error(`Input files changed during the tests: ${changed.join(", ")}`);
  }
}
