import { summarizeWorkbook } from "../../app/summarizeWorkbook";
import type { ParsedArgs } from "../args";
import { UsageError } from "../usageProblem";
import { openInput } from "../openInput";

/** `summary <register.xlsx> --json`: the summary JSON on stdout, even when the register has errors. */
export async function runSummary(args: ParsedArgs, out: (text: string) => void): Promise<number> {
  if (!args.json) {
    throw new UsageError({ kind: "needs-json", command: "summary" });
  }
  const port = await openInput(args.files);
  out(JSON.stringify(await summarizeWorkbook(port, args.period, { year: args.year, deadline: args.deadline }), null, 2));
  return 0;
}
