import { buildReport } from "../../app/buildReport";
import { countBySeverity } from "../../core/findings/finding";
import { checkOutputExtension, planOutputFile } from "../output/planOutputs";
import { writeOutputFile } from "../output/writeOutputs";
import type { ParsedArgs } from "../args";
import { UsageError } from "../usageProblem";
import { CLI_TEXT } from "../cliText";
import { openInput } from "../openInput";

/** `report <register.xlsx> --out <report.xlsx>`: exit 1 when the register has errors (the report is still written). */
export async function runReport(args: ParsedArgs, out: (text: string) => void): Promise<number> {
  if (!args.out) {
    throw new UsageError({ kind: "needs-out", command: "report" });
  }
  const target = planOutputFile(args.out, args.files);
  const port = await openInput(args.files);
  checkOutputExtension(args.out, port.extension());
  const result = await buildReport(port, { period: args.period, year: args.year, deadline: args.deadline, lang: args.lang });
  writeOutputFile(target, await port.save());
  const { errors, warnings } = countBySeverity(result.findings);
  out(CLI_TEXT[args.lang].reportWritten(args.out, result.sheets.join(", "), errors, warnings));
  return errors > 0 ? 1 : 0;
}
