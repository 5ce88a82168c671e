import { existsSync, mkdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { prepareTemplates } from "../../app/templates";
import { countBySeverity } from "../../core/findings/finding";
import { writeFileWhole } from "../../host/file/nodeFiles";
import { writeTemplateWorkbook } from "../../host/file/writeTemplate";
import { UsageError, type ParsedArgs } from "../args";
import { openInput } from "../openInput";

/**
 * `templates <register.xlsx> --period P --out <dir>`: one template workbook per
 * initiative not completed. Exit 1 when the register has errors (the
 * templates are still written).
 */
export async function runTemplates(args: ParsedArgs, out: (text: string) => void): Promise<number> {
  if (!args.out) throw new UsageError("templates needs --out <folder>");
  if (existsSync(args.out) && !statSync(args.out).isDirectory()) {
    throw new UsageError(`--out names a folder for the templates, and ${args.out} is a file`);
  }
  const register = await openInput(args.files);
  const result = await prepareTemplates(register, { period: args.period, lang: args.lang });
  if (!result.period) throw new UsageError("the register has no periods yet: name one with --period, e.g. 2023-Q3");
  mkdirSync(args.out, { recursive: true });
  for (const book of result.books) {
    const file = join(args.out, book.templates[0].fileName);
    writeFileWhole(file, await writeTemplateWorkbook(book));
    out(file);
  }
  const { errors, warnings } = countBySeverity(result.findings);
  const previous = result.previousPeriod ?? "–";
  out(args.lang === "nb"
    ? `Skrev ${result.books.length} maler for ${result.period} (fylt ut fra ${previous}) i ${args.out} (registeret har ${errors} feil, ${warnings} advarsler)`
    : `Wrote ${result.books.length} templates for ${result.period} (filled in from ${previous}) to ${args.out} (the register has ${errors} errors, ${warnings} warnings)`);
  return errors > 0 ? 1 : 0;
}
