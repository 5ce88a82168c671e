import { importTemplates } from "../../app/importTemplates";
import type { Lang } from "../../core/messages/catalogue";
import { findingMessage } from "../../core/messages/messages";
import type { ImportSource, TemplateOutcome } from "../../core/template/planImport";
import { FileWorkbook } from "../../host/file/fileWorkbook";
import { readInputFile } from "../../host/file/nodeFiles";
import { checkOutputExtension, planOutputFile } from "../output/planOutputs";
import { writeOutputFile } from "../output/writeOutputs";
import { UnusableInputError } from "../../workbook/errors";
import type { ParsedArgs } from "../args";
import { UsageError } from "../usageProblem";
import { CLI_TEXT } from "../cliText";

/**
 * `import <register.xlsx> <filled.xlsx>... --out <new.xlsx>`: writes a new
 * register with the valid templates merged in. Exit 0 when every template was
 * imported, 1 when any was rejected (the others are still imported), 2 for
 * unusable input (nothing written). No input is ever modified.
 */
export async function runImport(args: ParsedArgs, out: (text: string) => void): Promise<number> {
  const [registerFile, ...templateFiles] = args.files;
  if (!registerFile || templateFiles.length === 0) {
    throw new UsageError({ kind: "no-templates" });
  }
  if (!args.out) {
    throw new UsageError({ kind: "needs-out", command: "import" });
  }
  const target = planOutputFile(args.out, args.files);
  const register = await FileWorkbook.open(readInputFile(registerFile), registerFile);
  checkOutputExtension(args.out, register.extension());
  const sources: ImportSource[] = [];
  for (const file of templateFiles) {
    sources.push({ file, sheets: await (await FileWorkbook.open(readInputFile(file), file)).readSheets() });
  }
  const plan = await importTemplates(register, sources, { period: args.period, now: new Date(), lang: args.lang });
  if (!plan.usable) {
    throw new UnusableInputError("unreadable", registerFile, plan.registerFindings.map((f) => findingMessage(f, args.lang)).join(" "));
  }
  writeOutputFile(target, await register.save());
  for (const o of plan.outcomes) {
    out(formatOutcome(o, args.lang));
  }
  const rejected = plan.outcomes.filter((o) => !o.imported).length;
  out(CLI_TEXT[args.lang].importDone(args.out, plan.outcomes.length - rejected, rejected));
  return rejected > 0 ? 1 : 0;
}

/** One line per template, then its findings indented below it. */
export function formatOutcome(o: TemplateOutcome, lang: Lang): string {
  const t = CLI_TEXT[lang];
  const what = [o.id, o.period].filter(Boolean).join(" ");
  const result = o.imported ? `${o.changed ? t.imported : t.unchanged} (${o.rowsWritten} ${t.rows})` : t.rejected;
  const lines = [`${o.file}${what ? ` [${what}]` : ""}: ${result}`];
  const ordered = [...o.findings.filter((f) => f.severity === "error"), ...o.findings.filter((f) => f.severity === "warning")];
  for (const f of ordered) {
    lines.push(`    ${t[f.severity].padEnd(9)}${(f.cell ?? "").padEnd(6)}${f.column ? `${f.column}: ` : ""}${findingMessage(f, lang)}`);
  }
  return lines.join("\n");
}
