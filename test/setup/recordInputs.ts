import { inputChecksums } from "./inputChecksums";

/** Before any test: the checksums of the inputs, to compare with after the last. */
export default function recordInputs(): void {
  (globalThis as { inputChecksums?: Record<string, string> }).inputChecksums = inputChecksums();
}
