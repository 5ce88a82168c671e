import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { FakeExcel } from "./double/fakeExcel";

export const SAMPLE = join(__dirname, "..", "..", "assets", "sample-portfolio.xlsx");
const EPOCH_MS = Date.UTC(1899, 11, 30);

/**
 * The sample register as Excel would hold it, read straight with exceljs:
 * dates become serial numbers with a date format, as in a real workbook.
 */
export async function sampleInExcel(edit?: (wb: ExcelJS.Workbook) => void): Promise<FakeExcel> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(SAMPLE) as unknown as ArrayBuffer);
  edit?.(wb);
  const excel = new FakeExcel();
  for (const ws of wb.worksheets) {
    const sheet = excel.addSheet(ws.name, [], {
      visibility: ws.state === "visible" ? "Visible" : ws.state === "hidden" ? "Hidden" : "VeryHidden",
    });
    ws.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        const v = plain(cell.value);
        if (v instanceof Date) {
          sheet.setCell(r, c, { value: (v.getTime() - EPOCH_MS) / 86_400_000 });
          sheet.numberFormats.set(`${r},${c}`, "yyyy-mm-dd");
        } else if (v !== null && v !== "") {
          sheet.setCell(r, c, { value: v });
        }
      }),
    );
  }
  return excel;
}

function plain(v: ExcelJS.CellValue): string | number | boolean | Date | null {
  if (v === null || v === undefined) {
    return null;
  }
  if (v instanceof Date || typeof v !== "object") {
    return v;
  }
  if ("result" in v) {
    return plain(v.result);
  }
  if ("richText" in v) {
    return v.richText.map((t) => t.text).join("");
  }
  if ("text" in v) {
    return String(v.text);
  }
  return null;
}
