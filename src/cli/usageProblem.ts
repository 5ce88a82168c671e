import type { CommandName } from "./commandSpec";

/** An option whose value the command line reads itself (a quarter, a year, a date, a language). */
export type CheckedOption = "lang" | "period" | "year" | "deadline";

/**
 * What is wrong with how the command line was called, as data: the driver
 * prints it in the user's language, then the usage, and exits with 2.
 */
export type UsageProblem =
  | { kind: "missing-command" }
  | { kind: "unknown-command"; command: string }
  | { kind: "unknown-option"; option: string; command?: CommandName }
  | { kind: "takes-no-value"; option: string }
  | { kind: "needs-value"; option: string }
  | { kind: "bad-value"; option: CheckedOption; value: string }
  | { kind: "needs-out"; command: CommandName }
  | { kind: "needs-json"; command: CommandName }
  | { kind: "no-input" }
  | { kind: "one-input" }
  | { kind: "no-templates" }
  | { kind: "no-periods" }
  /** A mistake Node's parser names in words of its own (English). */
  | { kind: "other"; message: string };

/** The line for each kind of mistake, its params typed by the kind. */
export type UsageProblemText = { readonly [K in UsageProblem["kind"]]: (problem: Extract<UsageProblem, { kind: K }>) => string };

/** A mistake in how the command was called; printed with the usage, exit code 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
  constructor(readonly problem: UsageProblem) {
    super(problem.kind);
  }
}
