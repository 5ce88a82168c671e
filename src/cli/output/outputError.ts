import type { Lang } from "../../core/messages/catalogue";
import { CLI_TEXT } from "../cliText";

/** Why an output cannot be written where the command was told to write it. */
export type OutputReason =
  | "is-input"
  | "is-directory"
  | "not-directory"
  | "is-special"
  | "is-link"
  | "folder-missing"
  | "not-writable"
  | "name-too-long"
  | "names-collide"
  | "wrong-extension";

/**
 * An output the command refuses before doing any work: it would overwrite an
 * input, or it cannot be written. One line on stderr, exit code 2, nothing written.
 */
export class OutputError extends Error {
  override readonly name = "OutputError";
  constructor(
    readonly reason: OutputReason,
    readonly path: string,
    readonly other?: string,
  ) {
    super(`${path}: ${reason}${other ? ` (${other})` : ""}`);
  }
}

/** The line shown for a refused output. */
export function outputMessage(e: OutputError, lang: Lang): string {
  return CLI_TEXT[lang].output[e.reason](e.path, e.other);
}
