import { existsSync, mkdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { exportFeed, type FeedFiles } from "../../app/exportFeed";
import { countBySeverity } from "../../core/findings/finding";
import { writeFileWhole } from "../../host/file/nodeFiles";
import { UsageError, type ParsedArgs } from "../args";
import { openInput } from "../openInput";

/**
 * `feed <register.xlsx> --out <dir>`: summary.json, initiatives.json and
 * initiatives.csv for the web page. Exit 1 when the register has errors (the files are still written).
 */
export async function runFeed(args: ParsedArgs, out: (text: string) => void): Promise<number> {
  if (!args.out) throw new UsageError("feed needs --out <folder>");
  if (existsSync(args.out) && !statSync(args.out).isDirectory()) {
    throw new UsageError(`--out names a folder for the feed's files, and ${args.out} is a file`);
  }
  const register = await openInput(args.files);
  const result = await exportFeed(register, { period: args.period });
  mkdirSync(args.out, { recursive: true });
  const names = Object.keys(result.files) as Array<keyof FeedFiles>;
  for (const name of names) writeFileWhole(join(args.out, name), new TextEncoder().encode(result.files[name]));
  const { errors, warnings } = countBySeverity(result.findings);
  const rows = result.feed.initiatives.length;
  out(args.lang === "nb"
    ? `Skrev ${names.join(", ")} i ${args.out}: ${rows} tiltak, periode ${result.feed.period ?? "–"} (registeret har ${errors} feil, ${warnings} advarsler)`
    : `Wrote ${names.join(", ")} to ${args.out}: ${rows} initiatives, period ${result.feed.period ?? "–"} (the register has ${errors} errors, ${warnings} warnings)`);
  return errors > 0 ? 1 : 0;
}
