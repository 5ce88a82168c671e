/** The commands of the command line, in the order `--help` lists them. */
export const COMMAND_NAMES = ["check", "summary", "report", "templates", "import", "council", "feed"] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

/** Every option any command takes; which command takes which is in COMMAND_SPECS. */
export type OptionName = "json" | "period" | "year" | "deadline" | "lang" | "out" | "help" | "version";

/** How an option is written: a flag, or one that takes a value (`--out x` or `--out=x`). */
export const OPTIONS: { readonly [O in OptionName]: { type: "boolean" | "string"; value?: string; short?: string } } = {
  json: { type: "boolean" },
  period: { type: "string", value: "P" },
  year: { type: "string", value: "YYYY" },
  deadline: { type: "string", value: "YYYY-MM-DD" },
  lang: { type: "string", value: "nb|en" },
  out: { type: "string", value: "<file|folder>" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean" },
};

export interface CommandSpec {
  /** The command's line in the usage, after its name. */
  synopsis: string;
  /** The options it accepts besides --help; any other is a usage error. */
  options: readonly OptionName[];
}

export const COMMAND_SPECS: { readonly [C in CommandName]: CommandSpec } = {
  check: { synopsis: "<file.xlsx> [--json] [--period P] [--lang nb|en]", options: ["json", "period", "lang"] },
  summary: {
    synopsis: "<register.xlsx> --json [--period P] [--year YYYY] [--deadline YYYY-MM-DD]",
    options: ["json", "period", "year", "deadline", "lang"],
  },
  report: {
    synopsis: "<register.xlsx> --out <report.xlsx> [--period P] [--year YYYY] [--deadline YYYY-MM-DD] [--lang nb|en]",
    options: ["out", "period", "year", "deadline", "lang"],
  },
  templates: { synopsis: "<register.xlsx> --out <folder> [--period P] [--lang nb|en]", options: ["out", "period", "lang"] },
  import: {
    synopsis: "<register.xlsx> <filled.xlsx>... --out <new-register.xlsx> [--period P] [--lang nb|en]",
    options: ["out", "period", "lang"],
  },
  council: {
    synopsis: "<register.xlsx> --out <council.xlsx> [--period P] [--year YYYY] [--deadline YYYY-MM-DD] [--lang nb|en]",
    options: ["out", "period", "year", "deadline", "lang"],
  },
  feed: {
    synopsis: "<register.xlsx> --out <folder> [--period P] [--year YYYY] [--lang nb|en]",
    options: ["out", "period", "year", "lang"],
  },
};

/** True for a command this version has. */
export function isCommandName(name: string): name is CommandName {
  return (COMMAND_NAMES as readonly string[]).includes(name);
}
