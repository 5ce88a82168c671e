import type { Lang } from "../../core/messages/catalogue";
import { FileRefusal } from "../../workbook/errors";
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
 * input, or it cannot be written. One line on stderr, exit code 2, nothing
 * written. `detail` is the other path the line names (the input it would
 * overwrite, the name it collides with, the extension it needs).
 */
export class OutputError extends FileRefusal<OutputReason> {
  override readonly name = "OutputError";
}

/** The line shown for a refused output. */
export function outputMessage(e: OutputError, lang: Lang): string {
  return CLI_TEXT[lang].output[e.reason](e.file, e.detail);
}
