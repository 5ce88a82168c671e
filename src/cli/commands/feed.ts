import { exportFeed, type FeedFiles } from "../../app/exportFeed";
import { countBySeverity } from "../../core/findings/finding";
import { UsageError, type ParsedArgs } from "../args";
import { CLI_TEXT } from "../cliText";
import { openInput } from "../openInput";
import { planOutputFolder, planOutputNames } from "../output/planOutputs";
import { writeOutputSet } from "../output/writeOutputs";

const NAMES: ReadonlyArray<keyof FeedFiles> = ["summary.json", "initiatives.json", "initiatives.csv"];

/**
 * `feed <register.xlsx> --out <dir>`: summary.json, initiatives.json and
 * initiatives.csv for the web page. Exit 1 when the register has errors (the files are still written).
 */
export async function runFeed(args: ParsedArgs, out: (text: string) => void): Promise<number> {
  if (!args.out) throw new UsageError("feed needs --out <folder>");
  const folder = planOutputFolder(args.out);
  const paths = planOutputNames(folder, NAMES, args.files);
  const register = await openInput(args.files);
  const result = await exportFeed(register, { period: args.period });
  const encoder = new TextEncoder();
  await writeOutputSet(folder, (async function* () {
    for (let i = 0; i < NAMES.length; i++) yield [paths[i], encoder.encode(result.files[NAMES[i]])] as [string, Uint8Array];
  })());
  const { errors, warnings } = countBySeverity(result.findings);
  const rows = result.feed.initiatives.length;
  out(CLI_TEXT[args.lang].feedWritten(NAMES.join(", "), args.out, rows, result.feed.period ?? "–", errors, warnings));
  return errors > 0 ? 1 : 0;
}
