import { rangeAddress, type CellValue } from "../../../core/cells";
import type { RegisterSheetLayout, ValidationSpec } from "../../../core/register/layoutEmptyRegister";
import type { StyleBook } from "./styleBook";
import type { SheetSpec, SheetValidation } from "./writeSheetXml";

/** A new register sheet: its header (styled), its rows, dropdowns on its coded columns, the header frozen. */
export function registerSheetSpec(sheet: RegisterSheetLayout, styles: StyleBook): SheetSpec {
  const { bold, fill, fontColor } = sheet.headerStyle;
  const header = styles.xf({ font: { bold: bold ?? false, color: fontColor }, fill });
  return {
    ...rowsSpec([sheet.header, ...sheet.rows], header),
    columnWidths: sheet.columnWidths,
    freezeRows: 1,
    validations: sheet.validations.map(toValidation),
  };
}

/** Rows from A1 as cells, the first row in the header format. */
export function rowsSpec(lines: readonly CellValue[][], headerXf: number): Pick<SheetSpec, "rows"> {
  const rows: SheetSpec["rows"] = new Map();
  lines.forEach((line, r) => {
    const cells = new Map<number, { value: CellValue; xf?: number }>();
    line.forEach((value, c) => {
      if (value !== null) {
        cells.set(c + 1, { value, xf: r === 0 ? headerXf : undefined });
      }
    });
    if (cells.size > 0) {
      rows.set(r + 1, cells);
    }
  });
  return { rows };
}

function toValidation(v: ValidationSpec): SheetValidation {
  const range = rangeAddress(v.range);
  if (v.kind === "whole") {
    return { range, type: "whole", operator: "between", formulas: [String(v.min), String(v.max)], error: v.error };
  }
  if ("values" in v) {
    return { range, type: "list", formulas: [`"${v.values.join(",")}"`], error: v.error };
  }
  return { range, type: "list", formulas: [v.formula], error: v.error };
}
