import { planImport, type ImportOptions, type ImportPlan, type ImportSource } from "../core/template/planImport";
import { HostError } from "../workbook/errors";
import type { WorkbookPort } from "../workbook/port";

/**
 * "Importer rapporter": every filled template checked against the register
 * open in the port; the valid ones replace their initiative's rows for the
 * period, the others change nothing. Every attempt gets a row in Importlogg.
 * When the register lacks the sheets an import writes to, nothing is written
 * and the plan says so (`usable: false`).
 */
export async function importTemplates(port: WorkbookPort, sources: readonly ImportSource[], options: ImportOptions): Promise<ImportPlan> {
  if (!port.applyRegisterEdits) {
    throw new HostError("This host cannot import templates into the workbook.", { reason: "not-offered", subject: "applyRegisterEdits" });
  }
  const plan = planImport(await port.readSheets(), sources, options);
  if (plan.usable) {
    await port.applyRegisterEdits(plan.edits);
  }
  return plan;
}
