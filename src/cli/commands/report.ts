import { resolve } from "node:path";
import { buildReport } from "../../app/buildReport";
import { countBySeverity } from "../../core/findings/finding";
import { writeFileWhole } from "../../host/file/nodeFiles";
import { UsageError, type ParsedArgs } from "../args";
import { openInput } from "../openInput";

/** `report <register.xlsx> --out <report.xlsx>`: exit 1 when the register has errors (the report is still written). */
export async function runReport(args: ParsedArgs, out: (text: string) => void): Promise<number> {
  if (!args.out) throw new UsageError("report needs --out <report.xlsx>");
  if (args.files[0] && resolve(args.out) === resolve(args.files[0])) {
    throw new UsageError("--out must name a new file: the register itself is never overwritten");
  }
  const port = await openInput(args.files);
  const result = await buildReport(port, { period: args.period, lang: args.lang });
  writeFileWhole(args.out, await port.save());
  const { errors, warnings } = countBySeverity(result.findings);
  out(args.lang === "nb"
    ? `Skrev ${args.out}: ${result.sheets.join(", ")} (${errors} feil, ${warnings} advarsler)`
    : `Wrote ${args.out}: ${result.sheets.join(", ")} (${errors} errors, ${warnings} warnings)`);
  return errors > 0 ? 1 : 0;
}
