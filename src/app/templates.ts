import { checkRegister } from "../core/checks/checkRegister";
import type { Finding } from "../core/findings/finding";
import type { Period } from "../core/register/period";
import { planTemplates, templateBook, type TemplateOptions } from "../core/template/planTemplates";
import type { TemplateBook } from "../core/template/templateDoc";
import { HostError } from "../workbook/errors";
import type { WorkbookPort } from "../workbook/port";

export interface TemplatesResult {
  period?: Period;
  previousPeriod?: Period;
  /** One book per initiative: each becomes a workbook of its own for one contact. */
  books: TemplateBook[];
  /** Every template in one book, one sheet each: the office's own copy, opened in Excel as one workbook. */
  all: TemplateBook;
  /** The register's findings; templates are made even when it has some. */
  findings: Finding[];
}

/**
 * "Lag rapportmaler": a template for every initiative not completed, from
 * the register open in the port. The caller writes each book as a file of its
 * own (one per contact), or all of them as one workbook (Excel.createWorkbook
 * in the add-in).
 */
export async function prepareTemplates(port: WorkbookPort, options: TemplateOptions): Promise<TemplatesResult> {
  const { register, findings } = checkRegister(await port.readSheets());
  const plan = planTemplates(register, options);
  const books = plan.templates.map((t) => templateBook([t], register, options.lang));
  const all = templateBook(plan.templates, register, options.lang);
  return { period: plan.period, previousPeriod: plan.previousPeriod, books, all, findings };
}

/** The same templates as sheets in the register itself (one marker sheet lists them all). */
export async function addTemplatesToWorkbook(port: WorkbookPort, options: TemplateOptions): Promise<TemplatesResult> {
  if (!port.writeTemplateBook) {
    throw new HostError("This host cannot add template sheets to the workbook.", { reason: "not-offered", subject: "writeTemplateBook" });
  }
  const { register, findings } = checkRegister(await port.readSheets());
  const plan = planTemplates(register, options);
  const book = templateBook(plan.templates, register, options.lang);
  if (book.templates.length > 0) {
    await port.writeTemplateBook(book);
  }
  return { period: plan.period, previousPeriod: plan.previousPeriod, books: [book], all: book, findings };
}
