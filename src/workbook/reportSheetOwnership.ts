import { normalizeName } from "../core/sheet";
import { HostError } from "./errors";

/**
 * The hidden, worksheet-scoped defined name that marks a sheet as written by
 * the report. Excel keeps a sheet's local names with the sheet (they go when
 * it is deleted, and follow it when it is renamed), the file format stores
 * them in workbook.xml (`<definedName localSheetId="…" hidden="1">`), and a
 * hidden name is not listed in Excel's Name Manager, so users never meet it.
 */
export const REPORT_SHEET_MARK = "_PortfolioReport";

/** What the formula of the mark is: a constant, so that nothing the user does to the sheet's cells breaks it. */
export const REPORT_SHEET_MARK_FORMULA = "TRUE";

/** A sheet of the workbook as a report write sees it: its name, and whether an earlier report wrote it. */
export interface ExistingSheet {
  name: string;
  marked: boolean;
}

/**
 * The sheets a report write removes: those an earlier report wrote (marked)
 * whose names are among `replace` or the sheets to be written. A sheet with
 * the name of a sheet to be written that no report wrote is the user's: the
 * whole write is refused (HostError `sheet-exists`, naming every such sheet) before
 * anything changes. Names match as the register format reads them (case and
 * spacing ignored), so the report never stands beside a look-alike of a
 * user's sheet.
 */
export function sheetsToReplace(existing: readonly ExistingSheet[], written: readonly string[], replace: readonly string[]): string[] {
  const writing = new Set(written.map(normalizeName));
  const taken = existing.filter((s) => !s.marked && writing.has(normalizeName(s.name))).map((s) => s.name);
  if (taken.length > 0) {
    // Every one of them, so that a workbook with several (a report of an earlier version) is mended at one go.
    throw new HostError(`The workbook already has sheets the report did not write: ${taken.join(", ")}`, {
      reason: "sheet-exists",
      subject: taken[0],
      others: taken.slice(1),
    });
  }
  const ours = new Set([...writing, ...replace.map(normalizeName)]);
  return existing.filter((s) => s.marked && ours.has(normalizeName(s.name))).map((s) => s.name);
}

/** The sheets whose mark a host must look at before a report write: those whose names the write may take or replace. */
export function sheetsInTheWay(existing: readonly string[], written: readonly string[], replace: readonly string[]): string[] {
  const names = new Set([...written, ...replace].map(normalizeName));
  return existing.filter((name) => names.has(normalizeName(name)));
}
