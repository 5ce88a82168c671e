import { cellText, isBlank } from "../cells";
import type { Finding } from "../findings/finding";
import { normalizeName, type SheetData } from "../sheet";
import { a1 } from "../cells";
import type { SheetDef } from "./format";
import type { SheetLayout } from "./model";

/**
 * Finds the header row (the first non-empty row) and maps each of the format's
 * columns to where it stands, by nb or en header text. Unknown columns are left
 * alone: they stay in the sheet and are no problem.
 */
export function locateColumns(sheet: SheetData, def: SheetDef, findings: Finding[]): SheetLayout | undefined {
  const headerIndex = sheet.values.findIndex((line) => line.some((v) => !isBlank(v)));
  if (headerIndex < 0) {
    findings.push({
      type: "sheet/empty",
      severity: def.presence === "required" ? "error" : "warning",
      sheet: sheet.name,
    });
    return undefined;
  }
  const headerRow = sheet.origin.row + headerIndex;
  const byHeader = new Map<string, string>();
  for (const c of def.columns) {
    byHeader.set(normalizeName(c.nb), c.key);
    byHeader.set(normalizeName(c.en), c.key);
  }
  const layout: SheetLayout = { key: def.key, name: sheet.name, headerRow, columns: {}, headers: {} };
  sheet.values[headerIndex].forEach((value, i) => {
    if (isBlank(value)) {
      return;
    }
    const text = cellText(value);
    const key = byHeader.get(normalizeName(text));
    if (!key) {
      return;
    }
    const column = sheet.origin.column + i;
    if (layout.columns[key] !== undefined) {
      findings.push({
        type: "sheet/duplicate-column",
        severity: "warning",
        sheet: sheet.name,
        cell: a1(headerRow, column),
        row: headerRow,
        column: text,
        params: { first: a1(headerRow, layout.columns[key]) },
      });
      return;
    }
    layout.columns[key] = column;
    layout.headers[key] = text;
  });
  for (const c of def.columns) {
    if (c.required && layout.columns[c.key] === undefined) {
      findings.push({
        type: "sheet/missing-column",
        severity: "error",
        sheet: sheet.name,
        row: headerRow,
        column: c.nb,
        params: { en: c.en },
      });
    }
  }
  return layout;
}
