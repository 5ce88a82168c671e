import { a1, cellText, isBlank } from "../cells";
import type { Finding } from "../findings/finding";
import { REGISTER_FORMAT, type SheetKey } from "../register/format";
import type { Register, RowRef } from "../register/model";
import { cellAt } from "../sheet";
import type { CheckContext } from "./checkContext";
import { cellIn, isRecordFieldBlank } from "./fieldColumns";
import { columnOf, fieldFinding, hasColumn } from "./fieldFinding";

type DataSheet = Exclude<SheetKey, "codes">;

/** Each data sheet of the register (every sheet but the code lists) with its rows, in the workbook's order. */
export function dataSheetRows(register: Register): Array<[DataSheet, readonly RowRef[]]> {
  return [
    ["initiatives", register.initiatives],
    ["reports", register.reports],
    ["dependencies", register.dependencies],
    ["costs", register.costs],
    ["roadmap", register.roadmap],
    ["topics", register.topics],
  ];
}

/**
 * A row whose key cells (ID, Periode, …) are all empty while other cells are
 * not: the figures would silently leave it out. When only cells outside the
 * format's columns are filled (a note beside the table), it is a warning.
 */
export function checkRowKeys(ctx: CheckContext): Finding[] {
  const findings: Finding[] = [];
  const { register } = ctx;
  for (const [key, rows] of dataSheetRows(register)) {
    const layout = register.layouts[key];
    const keys = REGISTER_FORMAT[key].keyFields.filter((f) => hasColumn(layout, f));
    if (!layout || keys.length === 0) {
      continue;
    }
    const fields = REGISTER_FORMAT[key].columns
      .map((c) => c.key)
      .filter((f) => hasColumn(layout, f))
      .map((f) => columnOf(ctx, key, f));
    for (const r of rows) {
      if (hasKey(ctx, key, r)) {
        continue;
      }
      if (fields.some((f) => !isBlank(cellIn(f, r.row)))) {
        findings.push(fieldFinding(ctx, key, r.row, keys[0], "row/missing-key", "error", { params: { keys: keyHeaders(ctx, key, keys) } }));
      } else {
        findings.push(strayCells(ctx, key, r.row));
      }
    }
  }
  return findings;
}

/**
 * True when any key cell of the record's row holds something, or the sheet has
 * no key column to judge by. The cells are looked at only when no key field read as a value.
 */
export function hasKey(ctx: CheckContext, key: SheetKey, record: RowRef): boolean {
  const keys = ctx.keyColumns[key];
  if (keys.length === 0) {
    return true;
  }
  for (const { field, column } of keys) {
    if (!isRecordFieldBlank(record, field, column)) {
      return true;
    }
  }
  return false;
}

function keyHeaders(ctx: CheckContext, key: SheetKey, keys: string[]): string {
  const layout = ctx.register.layouts[key];
  return keys.map((k) => layout?.headers[k] ?? k).join(" / ");
}

function strayCells(ctx: CheckContext, key: SheetKey, row: number): Finding {
  const sheet = ctx.sheets[key];
  const layout = ctx.register.layouts[key];
  const line = sheet?.values[row - sheet.origin.row] ?? [];
  const index = line.findIndex((v) => !isBlank(v));
  const finding: Finding = { type: "row/stray-cells", severity: "warning", sheet: layout?.name, row };
  if (sheet && index >= 0) {
    const v = line[index];
    const column = sheet.origin.column + index;
    finding.cell = a1(row, column);
    const header = layout ? cellText(cellAt(sheet, layout.headerRow, column)) : "";
    if (header !== "") {
      finding.column = header;
    }
    finding.value = v instanceof Date ? cellText(v) : v;
  }
  return finding;
}
