import { exportFeed, type FeedFiles } from "../../app/exportFeed";
import { countBySeverity } from "../../core/findings/finding";
import type { ParsedArgs } from "../args";
import { UsageError } from "../usageProblem";
import { CLI_TEXT } from "../cliText";
import { openInput } from "../openInput";
import { planOutputFolder, planOutputNames } from "../output/planOutputs";
import { writeOutputSet } from "../output/writeOutputs";

const DATA: ReadonlyArray<keyof FeedFiles> = ["summary.json", "initiatives.json", "initiatives.csv"];
const ROADMAP = "roadmap.json";

/**
 * `feed <register.xlsx> --out <dir>`: summary.json, initiatives.json,
 * initiatives.csv and roadmap.json for the web page, and the web pages
 * themselves, written all or nothing. Exit 1 when the register has errors
 * (the files are still written).
 */
export async function runFeed(args: ParsedArgs, out: (text: string) => void): Promise<number> {
  if (!args.out) {
    throw new UsageError({ kind: "needs-out", command: "feed" });
  }
  const folder = planOutputFolder(args.out);
  // The fixed names are checked before any work; the pages' names once the register is read.
  planOutputNames(folder, [...DATA, ROADMAP, "index.html"], args.files);
  const register = await openInput(args.files);
  const result = await exportFeed(register, { period: args.period, year: args.year, lang: args.lang });
  const files: Array<[string, string]> = [
    ...DATA.map((name): [string, string] => [name, result.files[name]]),
    [ROADMAP, result.roadmap],
    ...result.site.map((page): [string, string] => [page.name, page.html]),
  ];
  const paths = planOutputNames(
    folder,
    files.map(([name]) => name),
    args.files,
  );
  const encoder = new TextEncoder();
  await writeOutputSet(
    folder,
    (async function* () {
      for (let i = 0; i < files.length; i++) {
        yield [paths[i], encoder.encode(files[i][1])] as [string, Uint8Array];
      }
    })(),
  );
  const { errors, warnings } = countBySeverity(result.findings);
  const rows = result.feed.initiatives.length;
  const written = [...DATA, ROADMAP, CLI_TEXT[args.lang].pages(result.site.length)].join(", ");
  out(CLI_TEXT[args.lang].feedWritten(written, args.out, rows, result.feed.period ?? "–", errors, warnings));
  return errors > 0 ? 1 : 0;
}
