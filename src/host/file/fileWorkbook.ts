import type { A1 } from "../../core/cells";
import type { RegisterLayout } from "../../core/register/layoutEmptyRegister";
import type { ReportSheet } from "../../core/report/reportSheet";
import type { SheetData } from "../../core/sheet";
import type { RegisterEdits } from "../../core/template/registerEdits";
import { UnusableInputError } from "../../workbook/errors";
import type { ReportWriteOptions, WorkbookPort } from "../../workbook/port";
import { sheetsToReplace } from "../../workbook/reportSheetOwnership";
import { workbookExtension, type WorkbookExtension } from "./package/contentTypes";
import { onWellFormedParts } from "./package/editPart";
import { inspectZip } from "./package/inspectZip";
import { LIMITS, type Limits } from "./package/limits";
import { OpcPackage } from "./package/opcPackage";
import { readWorkbookPart } from "./sheet/readWorkbookPart";
import { readWorkbookSheets, type PartCache, type ReadProgress } from "./sheet/readWorkbookSheets";
import { addWorksheets } from "./write/addWorksheets";
import { applyImportEdits } from "./write/applyImportEdits";
import { registerSheetSpec } from "./write/registerSheetSpec";
import { markReportSheets, readReportMarks } from "./write/markReportSheets";
import { removeSheets } from "./write/removeSheets";
import { reportSheetSpec } from "./write/reportSheetSpec";
import { saveStyles, StyleBook } from "./write/styleBook";
import { updateAppProperties } from "./write/updateAppProperties";

/**
 * The workbook port on an .xlsx package held in memory. Reading streams
 * only the sheets asked for; writing adds and replaces parts, and `save()`
 * gives the new package, in which every part no command changed is the
 * source's, byte for byte.
 */
export class FileWorkbook implements WorkbookPort {
  private readonly cache: PartCache = new WeakMap();
  private sheetNames: string[];
  private readProgress?: ReadProgress;

  private constructor(
    private readonly pkg: OpcPackage,
    private readonly limits: Limits,
  ) {
    this.sheetNames = worksheetNames(pkg);
  }

  /** Opens .xlsx bytes; throws UnusableInputError for what is not a usable workbook. */
  static async open(bytes: Uint8Array, file: string, limits: Limits = LIMITS): Promise<FileWorkbook> {
    const pkg = new OpcPackage(bytes, inspectZip(bytes, file, limits), file);
    return new FileWorkbook(pkg, limits);
  }

  /** Wraps a package made in memory (a new, empty workbook). */
  static fromPackage(pkg: OpcPackage): FileWorkbook {
    return new FileWorkbook(pkg, LIMITS);
  }

  async readSheets(names?: readonly string[]): Promise<SheetData[]> {
    return onWellFormedParts(this.pkg, () => readWorkbookSheets(this.pkg, names, this.limits, this.cache, this.readProgress));
  }

  /** Reports how far the reads that follow have come, in bytes of sheet XML (the task pane's progress bar); undefined stops it. */
  watchReads(listener: ReadProgress | undefined): void {
    this.readProgress = listener;
  }

  async writeReportSheets(sheets: readonly ReportSheet[], replace: readonly string[], options: ReportWriteOptions = {}): Promise<void> {
    this.refuseStrict();
    await onWellFormedParts(this.pkg, async () => {
      const names = sheets.map((s) => s.name);
      // Refuses, before any change, a sheet of a new sheet's name that no report wrote.
      removeSheets(this.pkg, sheetsToReplace(readReportMarks(this.pkg), names, replace), names);
      const styles = StyleBook.open(this.pkg);
      addWorksheets(
        this.pkg,
        sheets.map((s) => ({ name: s.name, spec: reportSheetSpec(s, styles), charts: s.charts })),
      );
      if (options.mark !== false) {
        markReportSheets(this.pkg, names);
      }
      saveStyles(this.pkg, styles);
    });
  }

  /** A file has no window to show a cell in; the pane outside Excel says where a finding is instead. */
  async selectCell(_sheet: string, _cell: A1): Promise<void> {}

  async createRegisterSheets(layout: RegisterLayout): Promise<void> {
    this.refuseStrict();
    await onWellFormedParts(this.pkg, async () => {
      const styles = StyleBook.open(this.pkg);
      addWorksheets(
        this.pkg,
        layout.sheets.map((s) => ({ name: s.name, spec: registerSheetSpec(s, styles) })),
      );
      saveStyles(this.pkg, styles);
    });
  }

  /** An import's edits, made whole or not at all: when one fails, the package is as it was. */
  async applyRegisterEdits(edits: RegisterEdits): Promise<void> {
    this.refuseStrict();
    await onWellFormedParts(this.pkg, () =>
      applyImportEdits(this.pkg, edits, (names) => readWorkbookSheets(this.pkg, names, this.limits, this.cache)),
    );
  }

  // Strict files use other namespaces throughout; parts written in the common (transitional) ones would not fit in.
  private refuseStrict(): void {
    if (readWorkbookPart(this.pkg).strict) {
      throw new UnusableInputError("strict", this.pkg.file);
    }
  }

  /** The extension a file of this workbook must have for Excel to open it (.xlsx, or .xlsm for one with macros, …). */
  extension(): WorkbookExtension {
    return workbookExtension(this.pkg, readWorkbookPart(this.pkg).path);
  }

  /** The workbook as .xlsx bytes. */
  async save(): Promise<Uint8Array> {
    const names = worksheetNames(this.pkg);
    updateAppProperties(this.pkg, this.sheetNames, names);
    this.sheetNames = names;
    return this.pkg.save();
  }
}

function worksheetNames(pkg: OpcPackage): string[] {
  return readWorkbookPart(pkg)
    .sheets.filter((s) => s.worksheet)
    .map((s) => s.name);
}
