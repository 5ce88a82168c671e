import { parseA1, rangeAddress, type CellValue } from "../../../core/cells";
import type { CellStyle, ReportSheet } from "../../../core/report/reportSheet";
import type { SheetSpec } from "./writeSheetXml";
import type { StyleBook, XfStyle } from "./styleBook";

const LINK_COLOR = "0563C1";
// What Excel shows a date cell in when no format is given (built-in 14).
const DEFAULT_DATE = "mm-dd-yy";

/**
 * A report sheet as a new worksheet: styles applied range by range in the
 * order given (a later range adds to what an earlier one set), links
 * underlined in blue, dates as date cells.
 */
export function reportSheetSpec(sheet: ReportSheet, styles: StyleBook): SheetSpec {
  const looks = new Map<string, XfStyle>();
  const lookAt = (r: number, c: number) => looks.get(`${r},${c}`) ?? {};
  for (const { range, style } of sheet.styles) {
    for (let r = range.row1; r <= range.row2; r++) {
      for (let c = range.col1; c <= range.col2; c++) {
        looks.set(`${r},${c}`, addStyle(lookAt(r, c), style));
      }
    }
  }
  for (const link of sheet.links) {
    const { row, column } = parseA1(link.cell);
    const look = lookAt(row, column);
    looks.set(`${row},${column}`, { ...look, font: { ...look.font, color: LINK_COLOR, underline: true } });
  }
  const rows: SheetSpec["rows"] = new Map();
  const put = (r: number, c: number, value: CellValue) => {
    const look = lookAt(r, c);
    const dated = value instanceof Date && !look.numFmt ? { ...look, numFmt: DEFAULT_DATE } : look;
    const xf = Object.keys(dated).length > 0 ? styles.xf(dated) : undefined;
    if (!rows.has(r)) {
      rows.set(r, new Map());
    }
    rows.get(r)!.set(c, { value, xf });
  };
  sheet.values.forEach((line, r) =>
    line.forEach((value, c) => {
      if (value !== null) {
        put(r + 1, c + 1, value);
      }
    }),
  );
  for (const key of looks.keys()) {
    const [r, c] = key.split(",").map(Number);
    if (!rows.get(r)?.has(c)) {
      put(r, c, null);
    }
  }
  for (const link of sheet.links) {
    const { row, column } = parseA1(link.cell);
    if (rows.get(row)?.get(column)?.value === null) {
      put(row, column, link.target);
    }
  }
  return {
    rows,
    rowHeights: new Map(Object.entries(sheet.rowHeights ?? {}).map(([r, h]) => [Number(r), h])),
    columnWidths: sheet.columnWidths,
    merges: sheet.merges.map(rangeAddress),
    freezeRows: sheet.freezeRows,
    links: sheet.links.map((l) => ({ cell: l.cell, location: `${quoteSheet(l.sheet)}!${l.target}` })),
    print: sheet.print,
  };
}

/** One style on top of what a cell already has, as the report's ranges layer them. */
function addStyle(look: XfStyle, s: CellStyle): XfStyle {
  const next: XfStyle = { ...look };
  if (s.bold !== undefined || s.italic !== undefined || s.fontSize !== undefined || s.fontColor !== undefined) {
    next.font = {
      ...look.font,
      ...(s.bold !== undefined ? { bold: s.bold } : {}),
      ...(s.italic !== undefined ? { italic: s.italic } : {}),
      ...(s.fontSize !== undefined ? { size: s.fontSize } : {}),
      ...(s.fontColor !== undefined ? { color: s.fontColor } : {}),
    };
  }
  if (s.fill) {
    next.fill = s.fill;
  }
  if (s.numFmt) {
    next.numFmt = s.numFmt;
  }
  if (s.horizontal) {
    next.horizontal = s.horizontal;
  }
  if (s.wrap) {
    next.wrap = true;
  }
  if (s.border) {
    next.border = s.border === "thin" ? { top: true, bottom: true, left: true, right: true } : { ...look.border, [s.border]: true };
  }
  return next;
}

/** A sheet name as a reference needs it: always quoted, apostrophes doubled. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
