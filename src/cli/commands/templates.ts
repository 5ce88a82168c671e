import { prepareTemplates } from "../../app/templates";
import { countBySeverity } from "../../core/findings/finding";
import { writeTemplateWorkbook } from "../../host/file/writeTemplate";
import type { ParsedArgs } from "../args";
import { UsageError } from "../usageProblem";
import { CLI_TEXT } from "../cliText";
import { openInput } from "../openInput";
import { planOutputFolder, planOutputNames } from "../output/planOutputs";
import { writeOutputSet } from "../output/writeOutputs";

/**
 * `templates <register.xlsx> --period P --out <dir>`: one template workbook per
 * initiative not completed, all written or none. Exit 1 when the register has
 * errors (the templates are still written).
 */
export async function runTemplates(args: ParsedArgs, out: (text: string) => void): Promise<number> {
  if (!args.out) {
    throw new UsageError({ kind: "needs-out", command: "templates" });
  }
  const folder = planOutputFolder(args.out);
  const register = await openInput(args.files);
  const result = await prepareTemplates(register, { period: args.period, lang: args.lang });
  if (!result.period) {
    throw new UsageError({ kind: "no-periods" });
  }
  const paths = planOutputNames(
    folder,
    result.books.map((b) => b.templates[0].fileName),
    args.files,
  );
  await writeOutputSet(
    folder,
    (async function* () {
      for (let i = 0; i < result.books.length; i++) {
        yield [paths[i], await writeTemplateWorkbook(result.books[i])] as [string, Uint8Array];
      }
    })(),
  );
  for (const path of paths) {
    out(path);
  }
  const { errors, warnings } = countBySeverity(result.findings);
  const previous = result.previousPeriod ?? "–";
  out(CLI_TEXT[args.lang].templatesWritten(result.books.length, result.period, previous, args.out, errors, warnings));
  return errors > 0 ? 1 : 0;
}
