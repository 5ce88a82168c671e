import { parseArgs as parseOptions } from "node:util";
import type { Lang } from "../core/messages/catalogue";
import { parseDate, type IsoDate } from "../core/register/dates";
import { parsePeriod, type Period } from "../core/register/period";
import { COMMAND_NAMES, COMMAND_SPECS, isCommandName, OPTIONS, type CommandName, type OptionName } from "./commandSpec";
import { UsageError, type CheckedOption, type UsageProblem } from "./usageProblem";

export interface ParsedArgs {
  command: CommandName;
  files: string[];
  json: boolean;
  period?: Period;
  /** The roadmap's plan year. */
  year?: number;
  /** The reporting deadline of the period, for the round's late reports. */
  deadline?: IsoDate;
  lang: Lang;
  out?: string;
}

/** What the command line was asked: run a command, show help (the tool's or one command's), or the version. */
export type Call = { kind: "run"; args: ParsedArgs } | { kind: "help"; command?: CommandName; lang: Lang } | { kind: "version" };

/**
 * Parses `<command> [files…] [options]` with Node's own parser: `--out x` and
 * `--out=x` alike, an option the command does not take is a usage error, and
 * `--help` (for the tool or a command) and `--version` are answered without running anything.
 */
export function parseCall(argv: readonly string[]): Call {
  const [first, ...rest] = argv;
  if (first === undefined || first.startsWith("-")) {
    return parseToolCall(argv);
  }
  if (!isCommandName(first)) {
    throw new UsageError({ kind: "unknown-command", command: first });
  }
  const values = parseFor(first, [...COMMAND_SPECS[first].options, "help"], rest);
  const lang = langOf(values.lang);
  if (values.help === true) {
    return { kind: "help", command: first, lang };
  }
  const args: ParsedArgs = { command: first, files: values.positionals, json: values.json === true, lang };
  if (typeof values.out === "string") {
    args.out = values.out;
  }
  if (typeof values.period === "string") {
    args.period = checked("period", values.period, parsePeriod);
  }
  if (typeof values.year === "string") {
    args.year = checked("year", values.year, readYear);
  }
  if (typeof values.deadline === "string") {
    args.deadline = checked("deadline", values.deadline, parseDate);
  }
  return { kind: "run", args };
}

/** `--help` or `--version` without a command (`--lang` may choose the help's language). */
function parseToolCall(argv: readonly string[]): Call {
  const values = parseFor(undefined, ["help", "version", "lang"], argv);
  if (values.version === true) {
    return { kind: "version" };
  }
  if (values.help === true) {
    return { kind: "help", lang: langOf(values.lang) };
  }
  throw new UsageError({ kind: "missing-command" });
}

type Values = Partial<Record<OptionName, string | boolean>> & { positionals: string[] };

function parseFor(command: CommandName | undefined, names: readonly OptionName[], args: readonly string[]): Values {
  const options = Object.fromEntries(
    names.map((name) => {
      const { type, short } = OPTIONS[name];
      return [name, short ? { type, short } : { type }];
    }),
  );
  try {
    const { values, positionals } = parseOptions({ args: [...args], options, allowPositionals: command !== undefined, strict: true });
    return { ...(values as Partial<Record<OptionName, string | boolean>>), positionals };
  } catch (e) {
    // Only the call's mistakes are usage errors; anything else is a bug here.
    if (!String((e as { code?: unknown }).code).startsWith("ERR_PARSE_ARGS_")) {
      throw e;
    }
    throw new UsageError(usageProblem(e, command));
  }
}

/** Node's parse error as a problem: which option, and what is wrong with it. */
function usageProblem(e: unknown, command: CommandName | undefined): UsageProblem {
  const { code, message } = e as { code?: string; message?: string };
  const option = /'(-{1,2}[\w-]+)/.exec(message ?? "")?.[1] ?? "";
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    return { kind: "unknown-option", option, command };
  }
  if (code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") {
    return { kind: "missing-command" };
  }
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    const flag = OPTIONS[option.replace(/^-+/, "") as OptionName]?.type === "boolean";
    return flag ? { kind: "takes-no-value", option } : { kind: "needs-value", option };
  }
  return { kind: "other", message: message ?? String(e) };
}

function langOf(value: string | boolean | undefined): Lang {
  return value === undefined ? "nb" : checked("lang", String(value), (v) => (v === "nb" || v === "en" ? v : undefined));
}

// A checked option's value as read, or the call refused with what the option takes.
function checked<T>(option: CheckedOption, value: string, read: (value: string) => T | undefined): T {
  const result = read(value);
  if (result === undefined) {
    throw new UsageError({ kind: "bad-value", option, value });
  }
  return result;
}

// A plan year: four digits, 2000–2100.
function readYear(value: string): number | undefined {
  const year = /^\d{4}$/.test(value.trim()) ? Number(value) : NaN;
  return year >= 2000 && year <= 2100 ? year : undefined;
}

/** The usage: how a call is written, then one line per command. */
export function usage(heading = "Usage"): string {
  const lines = COMMAND_NAMES.map((c) => `  ${c} ${COMMAND_SPECS[c].synopsis}`);
  return [`${heading}: npm run cli -- <command> [options]`, ...lines].join("\n");
}
