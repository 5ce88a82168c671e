import type ExcelJS from "exceljs";
import type { CellStyle } from "../../core/report/reportSheet";

/** A layout style on an exceljs cell (the template writer's cells), on top of what the cell has. */
export function applyStyle(cell: ExcelJS.Cell, s: CellStyle): void {
  if (s.bold !== undefined || s.italic !== undefined || s.fontSize !== undefined || s.fontColor !== undefined) {
    cell.font = {
      // A font without a name falls back to a serif face in some readers; keep the workbook's default.
      name: "Calibri",
      size: 11,
      ...cell.font,
      ...(s.bold !== undefined ? { bold: s.bold } : {}),
      ...(s.italic !== undefined ? { italic: s.italic } : {}),
      ...(s.fontSize !== undefined ? { size: s.fontSize } : {}),
      ...(s.fontColor !== undefined ? { color: { argb: `FF${s.fontColor}` } } : {}),
    };
  }
  if (s.fill) {
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${s.fill}` } };
  }
  if (s.numFmt) {
    cell.numFmt = s.numFmt;
  }
  if (s.horizontal || s.wrap) {
    cell.alignment = {
      ...cell.alignment,
      ...(s.horizontal ? { horizontal: s.horizontal } : {}),
      ...(s.wrap ? { wrapText: true, vertical: "top" } : {}),
    };
  }
  if (s.border) {
    const thin = { style: "thin" as const, color: { argb: "FFBFBFBF" } };
    cell.border = s.border === "thin" ? { top: thin, left: thin, bottom: thin, right: thin } : { ...cell.border, [s.border]: thin };
  }
}
