import { checkAny } from "../../app/checkAny";
import type { ParsedArgs } from "../args";
import { openInput } from "../openInput";
import { findingsJson, formatFindingsText } from "../printFindings";

/**
 * `check <file.xlsx>`: a register, or a filled report template (checked as the
 * import will). Exit 0 without errors (warnings allowed), 1 with errors. Never writes a file.
 */
export async function runCheck(args: ParsedArgs, out: (text: string) => void): Promise<number> {
  const port = await openInput(args.files);
  const { findings, period } = await checkAny(port, { period: args.period });
  out(
    args.json ? JSON.stringify(findingsJson(findings, args.lang), null, 2) : formatFindingsText(args.files[0], findings, args.lang, period),
  );
  return findings.some((f) => f.severity === "error") ? 1 : 0;
}
