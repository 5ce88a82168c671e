/** Why a file cannot be used at all (rather than holding findings). */
export type UnusableReason =
  | "missing" | "empty" | "not-xlsx" | "encrypted" | "too-large" | "too-many-cells" | "unreadable" | "strict";

/**
 * Input that cannot be read as a workbook. Shown to the user as one plain line;
 * nothing is written when it is thrown.
 */
export class UnusableInputError extends Error {
  override readonly name = "UnusableInputError";
  constructor(readonly reason: UnusableReason, readonly file: string, readonly detail?: string) {
    super(`${file}: ${reason}${detail ? ` (${detail})` : ""}`);
  }
}

/** A host operation that failed (Excel refused a request, a write failed). */
export class HostError extends Error {
  override readonly name = "HostError";
  /** The host's own code for the failure ("InvalidOperation", "AccessDenied", ...), for a support request. */
  readonly code?: string;
  constructor(message: string, override readonly cause?: unknown, code?: string) {
    super(message);
    this.code = code;
  }
}
