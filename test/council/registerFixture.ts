import ExcelJS from "exceljs";
import JSZip from "jszip";

type Cell = string | number | Date | null;
export type Rows = Array<Record<string, Cell | undefined>>;

/** A register workbook written with exceljs alone: one sheet per entry, headers from the row keys. */
export async function registerBytes(sheets: Record<string, Rows>, extra?: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const ws = wb.addWorksheet(name);
    const headers = [...new Set(rows.flatMap((r) => Object.keys(r)))];
    ws.addRow(headers);
    for (const r of rows) {
      ws.addRow(headers.map((h) => r[h] ?? null));
    }
  }
  extra?.(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** Every part of an .xlsx package as text, by path. */
export async function packageParts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, string>();
  for (const [path, file] of Object.entries(zip.files)) {
    if (!file.dir) {
      parts.set(path, await file.async("string"));
    }
  }
  return parts;
}

/** The worksheet parts (xl/worksheets/sheetN.xml) of a package. */
export function sheetParts(parts: Map<string, string>): Array<[string, string]> {
  return [...parts].filter(([path]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(path));
}

/** A workbook read back with exceljs, as the council or the web page would open it. */
export async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

/** Every non-empty cell of a workbook with its sheet, address, type and value. */
export function allCells(
  wb: ExcelJS.Workbook,
): Array<{ sheet: string; address: string; type: ExcelJS.ValueType; value: ExcelJS.CellValue }> {
  const cells: Array<{ sheet: string; address: string; type: ExcelJS.ValueType; value: ExcelJS.CellValue }> = [];
  wb.eachSheet((ws) => {
    ws.eachRow((row) => row.eachCell((cell) => cells.push({ sheet: ws.name, address: cell.address, type: cell.type, value: cell.value })));
  });
  return cells;
}
