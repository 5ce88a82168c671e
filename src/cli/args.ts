import type { Lang } from "../core/messages/catalogue";
import { parsePeriod, type Period } from "../core/register/period";

/** A mistake in how the command was called; printed as one line, exit code 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

export interface ParsedArgs {
  command: string;
  files: string[];
  json: boolean;
  period?: Period;
  lang: Lang;
  out?: string;
}

const VALUE_OPTIONS = new Set(["--period", "--lang", "--out"]);
const FLAG_OPTIONS = new Set(["--json"]);

/** Parses `<command> [files…] [--json] [--period P] [--lang nb|en] [--out F]`. */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const [command, ...rest] = argv;
  if (!command || command.startsWith("-")) throw new UsageError("missing command");
  const parsed: ParsedArgs = { command, files: [], json: false, lang: "nb" };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (FLAG_OPTIONS.has(arg)) {
      parsed.json = true;
    } else if (VALUE_OPTIONS.has(arg)) {
      const value = rest[++i];
      if (value === undefined || value.startsWith("--")) throw new UsageError(`${arg} needs a value`);
      setOption(parsed, arg, value);
    } else if (arg.startsWith("--")) {
      throw new UsageError(`unknown option ${arg}`);
    } else {
      parsed.files.push(arg);
    }
  }
  return parsed;
}

function setOption(parsed: ParsedArgs, option: string, value: string): void {
  if (option === "--out") parsed.out = value;
  if (option === "--lang") {
    if (value !== "nb" && value !== "en") throw new UsageError(`--lang takes nb or en, not ${value}`);
    parsed.lang = value;
  }
  if (option === "--period") {
    const period = parsePeriod(value);
    if (!period) throw new UsageError(`--period takes a quarter such as 2023-Q2, not ${value}`);
    parsed.period = period;
  }
}

export const USAGE = `Usage: npm run cli -- <command> [options]
  check <file.xlsx> [--json] [--period P] [--lang nb|en]
  summary <register.xlsx> --json [--period P]
  report <register.xlsx> --out <report.xlsx> [--period P] [--lang nb|en]
  council <register.xlsx> --out <council.xlsx> [--period P] [--lang nb|en]
  feed <register.xlsx> --out <folder> [--period P]
  templates <register.xlsx> --out <folder> [--period P] [--lang nb|en]
  import <register.xlsx> <filled.xlsx>... --out <new-register.xlsx> [--period P] [--lang nb|en]`;
