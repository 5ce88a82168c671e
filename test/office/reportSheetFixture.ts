import type { CellValue } from "../../src/core/cells";
import type { ReportSheet } from "../../src/core/report/reportSheet";

/** A report sheet with nothing but the given values; tests add what they look at. */
export function reportSheet(name: string, values: CellValue[][], extra: Partial<ReportSheet> = {}): ReportSheet {
  return {
    key: "summary",
    name,
    values,
    styles: [],
    merges: [],
    columnWidths: [],
    freezeRows: 0,
    links: [],
    charts: [],
    print: { landscape: false, fitToWidth: false },
    ...extra,
  };
}
