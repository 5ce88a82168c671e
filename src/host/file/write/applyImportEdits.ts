import type { CellValue } from "../../../core/cells";
import { normalizeName, type SheetData } from "../../../core/sheet";
import type { LogEdits, RegisterEdits, RowOp } from "../../../core/template/registerEdits";
import { HostError } from "../../../workbook/errors";
import type { OpcPackage } from "../package/opcPackage";
import { readWorkbookPart } from "../sheet/readWorkbookPart";
import { addWorksheets } from "./addWorksheets";
import { dropCalcChain } from "./dropCalcChain";
import { rowsSpec } from "./registerSheetSpec";
import { rewriteSheetRows } from "./rewriteSheetRows";
import { saveStyles, StyleBook } from "./styleBook";

const LOG_WIDTHS = [36, 10, 10, 26, 12, 14, 80];

/**
 * An import's edits on the package: each edited sheet's part rewritten with
 * its row operations, then the log rows below the log sheet's last filled
 * row (the sheet is added, header frozen, when the register has none yet).
 * The calculation chain goes once any cell changed; Excel builds it anew.
 */
export async function applyImportEdits(
  pkg: OpcPackage,
  edits: RegisterEdits,
  readSheets: (names: string[]) => Promise<SheetData[]>,
): Promise<void> {
  const styles = StyleBook.open(pkg);
  const workbook = readWorkbookPart(pkg);
  for (const s of edits.sheets) {
    const entry = workbook.sheets.find((w) => w.name === s.sheet && w.worksheet);
    if (!entry?.part) {
      throw new HostError(`The register has no sheet named ${s.sheet}`, { reason: "sheet-missing", subject: s.sheet });
    }
    if (s.ops.length > 0) {
      rewriteSheetRows(pkg, entry.part, s.ops, styles, workbook.date1904);
    }
  }
  await appendLog(pkg, edits.log, styles, readSheets, workbook.date1904);
  if (edits.sheets.some((s) => s.ops.length > 0) || edits.log.rows.length > 0) {
    dropCalcChain(pkg);
  }
  saveStyles(pkg, styles);
}

async function appendLog(
  pkg: OpcPackage,
  log: LogEdits,
  styles: StyleBook,
  readSheets: (names: string[]) => Promise<SheetData[]>,
  date1904: boolean,
): Promise<void> {
  if (log.rows.length === 0) {
    return;
  }
  const entry = readWorkbookPart(pkg).sheets.find((w) => w.worksheet && normalizeName(w.name) === normalizeName(log.sheet));
  if (!entry?.part) {
    const header = styles.xf({ font: { bold: true } });
    addWorksheets(pkg, [
      { name: log.sheet, spec: { ...rowsSpec([log.header, ...log.rows], header), columnWidths: LOG_WIDTHS, freezeRows: 1 } },
    ]);
    return;
  }
  const [sheet] = await readSheets([entry.name]);
  const ops: RowOp[] = log.rows.map((values: CellValue[], i) => ({
    kind: "set",
    row: lastFilledRow(sheet) + 1 + i,
    cells: values.map((value, c) => ({ column: c + 1, value })).filter((c) => c.value !== null),
  }));
  rewriteSheetRows(pkg, entry.part, ops, styles, date1904);
}

function lastFilledRow(sheet: SheetData | undefined): number {
  if (!sheet) {
    return 0;
  }
  for (let r = sheet.values.length - 1; r >= 0; r--) {
    if (sheet.values[r].some((v) => v !== null)) {
      return sheet.origin.row + r;
    }
  }
  return 0;
}
