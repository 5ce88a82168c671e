import { basename } from "node:path";
import { exportCouncil } from "../../app/exportCouncil";
import { countBySeverity } from "../../core/findings/finding";
import type { IsoDate } from "../../core/register/dates";
import { createCouncilWorkbook } from "../../host/file/councilWorkbook";
import { checkOutputExtension, planOutputFile } from "../output/planOutputs";
import { writeOutputFile } from "../output/writeOutputs";
import type { ParsedArgs } from "../args";
import { UsageError } from "../usageProblem";
import { CLI_TEXT } from "../cliText";
import { openInput } from "../openInput";

/**
 * `council <register.xlsx> --out <council.xlsx>`: the workbook for the council.
 * Exit 1 when the register has errors (the workbook is still written; `check` lists them).
 */
export async function runCouncil(args: ParsedArgs, out: (text: string) => void): Promise<number> {
  if (!args.out) {
    throw new UsageError({ kind: "needs-out", command: "council" });
  }
  const target = planOutputFile(args.out, args.files);
  checkOutputExtension(args.out, ".xlsx");
  const register = await openInput(args.files);
  const now = new Date();
  const council = createCouncilWorkbook(now);
  const result = await exportCouncil(register, council, {
    period: args.period,
    year: args.year,
    deadline: args.deadline,
    lang: args.lang,
    source: basename(args.files[0]),
    made: localDay(now),
  });
  writeOutputFile(target, await council.save());
  const { errors, warnings } = countBySeverity(result.findings);
  out(CLI_TEXT[args.lang].councilWritten(args.out, result.sheets.join(", "), errors, warnings));
  return errors > 0 ? 1 : 0;
}

/** Today as the user's clock reads it (toISOString would give yesterday shortly after midnight in Oslo). */
function localDay(d: Date): IsoDate {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}` as IsoDate;
}
