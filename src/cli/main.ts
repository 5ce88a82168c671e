import packageJson from "../../package.json";
import type { Lang } from "../core/messages/catalogue";
import { unusableMessage } from "../core/messages/unusable";
import { HostError, UnusableInputError } from "../workbook/errors";
import { parseCall, usage, type ParsedArgs } from "./args";
import { UsageError } from "./usageProblem";
import { CLI_TEXT, usageLine } from "./cliText";
import type { CommandName } from "./commandSpec";
import { runCheck } from "./commands/check";
import { runCouncil } from "./commands/council";
import { runFeed } from "./commands/feed";
import { runReport } from "./commands/report";
import { runSummary } from "./commands/summary";
import { runImport } from "./commands/import";
import { runTemplates } from "./commands/templates";
import { helpText } from "./helpText";
import { OutputError, outputMessage } from "./output/outputError";

type Command = (args: ParsedArgs, out: (text: string) => void) => Promise<number>;

const COMMANDS: { readonly [C in CommandName]: Command } = {
  check: runCheck,
  summary: runSummary,
  templates: runTemplates,
  import: runImport,
  report: runReport,
  council: runCouncil,
  feed: runFeed,
};

/**
 * Runs one command and returns its exit code: 0 fine, 1 errors found in the
 * workbook, 2 unusable input or a wrong call (one line on stderr, nothing written).
 */
export async function main(
  argv: readonly string[],
  out = (t: string) => console.log(t),
  err = (t: string) => console.error(t),
): Promise<number> {
  // Known before parsing, so that even a call that does not parse is answered in the language asked for.
  let lang = langAsked(argv);
  try {
    const call = parseCall(argv);
    if (call.kind === "version") {
      out(packageJson.version);
      return 0;
    }
    if (call.kind === "help") {
      out(helpText(call.lang, call.command));
      return 0;
    }
    lang = call.args.lang;
    return await COMMANDS[call.args.command](call.args, out);
  } catch (e) {
    if (e instanceof UnusableInputError) {
      err(unusableMessage(e.reason, e.file, lang, e.detail));
      return 2;
    }
    if (e instanceof OutputError) {
      err(outputMessage(e, lang));
      return 2;
    }
    if (e instanceof UsageError) {
      err(`${usageLine(e.problem, lang)}\n${usage(CLI_TEXT[lang].help.usage)}`);
      return 2;
    }
    // The host refused the workbook (a damaged part, a sheet name taken): the input's fault, not a bug.
    if (e instanceof HostError) {
      err(CLI_TEXT[lang].hostFailure[e.reason](e.subject ?? "", e.message, e.others));
      return 2;
    }
    throw e;
  }
}

/** The language of `--lang en` or `--lang=en` anywhere in the call; Norwegian otherwise. */
function langAsked(argv: readonly string[]): Lang {
  return argv.some((a, i) => a === "--lang=en" || (a === "--lang" && argv[i + 1] === "en")) ? "en" : "nb";
}

/** Runs the command line as a process: exit code from `main`, one line for a bug. */
export function run(argv: readonly string[]): void {
  // Output piped into `head` closes early: what is left to print is not wanted, and that is no failure.
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code !== "EPIPE") {
      throw e;
    }
    process.exit(process.exitCode ?? 0);
  });
  main(argv).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      // A bug, not bad input: say so in one line and keep the trace for whoever debugs it.
      console.error(`Internal error: ${e instanceof Error ? e.message : String(e)}`);
      if (process.env.EPORTEFOLJE_DEBUG) {
        console.error(e);
      }
      process.exitCode = 3;
    },
  );
}

if (require.main === module) {
  run(process.argv.slice(2));
}
