import { a1, isBlank, type CellValue } from "../cells";
import type { FindingOf, FindingParams, FindingPlace, FindingType, ParamsField, Severity } from "../findings/finding";
import { REGISTER_FORMAT, type SheetKey } from "../register/format";
import type { SheetLayout } from "../register/model";
import { cellAt } from "../sheet";
import type { CheckContext } from "./checkContext";
import { fieldColumn, type FieldColumn } from "./fieldColumns";

/** What a finding adds to its place: a hint, and the params its type takes. */
export type FindingExtra<T extends FindingType> = { hint?: string } & ParamsField<FindingParams[T]>;

/** The extra argument: required when the type's params are, else optional. */
type ExtraArgs<T extends FindingType> = undefined extends FindingParams[T] ? [extra?: FindingExtra<T>] : [extra: FindingExtra<T>];

/**
 * A finding at one field of one row: the cell, the header as written and the
 * cell's value as the user sees it.
 */
export function fieldFinding<T extends FindingType>(
  ctx: CheckContext,
  key: SheetKey,
  row: number,
  field: string,
  type: T,
  severity: Severity,
  ...[extra]: ExtraArgs<T>
): FindingOf<T> {
  const layout = ctx.register.layouts[key];
  const column = layout?.columns[field];
  // Built field by field; the type and its params were checked at the call.
  const finding = {
    type,
    severity,
    sheet: layout?.name ?? REGISTER_FORMAT[key].nb,
    row,
    column: layout?.headers[field] ?? REGISTER_FORMAT[key].columns.find((c) => c.key === field)?.nb,
  } as FindingPlace & { type: T; params?: unknown };
  if (column !== undefined) {
    finding.cell = a1(row, column);
    const value = shownValue(rawCell(ctx, key, row, field));
    if (value !== null) {
      finding.value = value;
    }
  }
  if (extra?.hint !== undefined) {
    finding.hint = extra.hint;
  }
  if (extra?.params !== undefined) {
    finding.params = extra.params;
  }
  return finding as FindingOf<T>;
}

/** The raw value in a field's cell, null when the column is missing. */
export function rawCell(ctx: CheckContext, key: SheetKey, row: number, field: string): CellValue {
  const sheet = ctx.sheets[key];
  const column = ctx.register.layouts[key]?.columns[field];
  return sheet && column !== undefined ? cellAt(sheet, row, column) : null;
}

/** A field's column in its register sheet, for rules that read the field row after row. */
export function columnOf(ctx: CheckContext, key: SheetKey, field: string): FieldColumn | undefined {
  return fieldColumn(ctx.sheets[key], ctx.register.layouts[key]?.columns[field]);
}

/** True when a field's cell holds nothing (or its column is missing). */
export function isFieldBlank(ctx: CheckContext, key: SheetKey, row: number, field: string): boolean {
  return isBlank(rawCell(ctx, key, row, field));
}

/** True when the sheet was read and has the field's column. */
export function hasColumn(layout: SheetLayout | undefined, field: string): layout is SheetLayout {
  return layout?.columns[field] !== undefined;
}

function shownValue(value: CellValue): string | number | boolean | null {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  }
  if (typeof value === "string" && value.trim() === "") {
    return null;
  }
  return value;
}
