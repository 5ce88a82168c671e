import type { UnusableReason } from "../core/messages/unusable";

export type { UnusableReason } from "../core/messages/unusable";

/**
 * A file the command cannot go on with, shown to the user as one plain line:
 * why (a reason code the driver puts in the user's language), which file, and
 * what else the line names. Nothing is written when it is thrown.
 */
export class FileRefusal<Reason extends string> extends Error {
  constructor(
    readonly reason: Reason,
    readonly file: string,
    readonly detail?: string,
  ) {
    super(`${file}: ${reason}${detail ? ` (${detail})` : ""}`);
  }
}

/** Input that cannot be read as a workbook. */
export class UnusableInputError extends FileRefusal<UnusableReason> {
  override readonly name = "UnusableInputError";
}

/**
 * Why a host operation failed, for the driver to put in the user's language:
 * - `refused`: the host refused a request (Excel's own message, already in the user's language, and its code);
 * - `not-offered`: this host cannot do it at all (`subject` names the port's method);
 * - `sheet-missing`: the workbook has no sheet the operation needs (`subject`);
 * - `sheet-exists`: a sheet to be added is already there (`subject`);
 * - `damaged`: a part of the workbook the host wrote itself is not as expected (`subject`).
 */
export type HostFailure = "refused" | "not-offered" | "sheet-missing" | "sheet-exists" | "damaged";

export interface HostErrorOptions {
  reason?: HostFailure;
  /** The sheet, part or operation the failure concerns. */
  subject?: string;
  /** Further sheets the same failure concerns, after `subject` (every sheet of the user's in a report's way, not the first alone). */
  others?: readonly string[];
  /** The host's own code for the failure ("InvalidOperation", "AccessDenied", ...), for a support request. */
  code?: string;
  cause?: unknown;
}

/**
 * A host operation that failed (Excel refused a request, a write failed). The
 * message is for a support request and the logs; the driver shows the reason.
 */
export class HostError extends Error {
  override readonly name = "HostError";
  readonly reason: HostFailure;
  readonly subject?: string;
  readonly others: readonly string[];
  /** The host's own code for the failure ("InvalidOperation", "AccessDenied", ...), for a support request. */
  readonly code?: string;
  override readonly cause?: unknown;
  constructor(message: string, options: HostErrorOptions = {}) {
    super(message);
    this.reason = options.reason ?? "refused";
    this.subject = options.subject;
    this.others = options.others ?? [];
    this.code = options.code;
    this.cause = options.cause;
  }
}
