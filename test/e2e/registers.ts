import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "./buildDist";

export const SAMPLE = join(ROOT, "assets", "sample-portfolio.xlsx");
export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** A file the test hands to the page's file input. */
export interface PickedFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

async function written(wb: ExcelJS.Workbook, name: string): Promise<PickedFile> {
  return { name, mimeType: XLSX_TYPE, buffer: Buffer.from(await wb.xlsx.writeBuffer()) };
}

/** The sample register with two errors a user makes: a segment misspelt (Tiltak!D3) and a status without its ø (Rapporter!D86). */
export async function registerWithErrors(): Promise<PickedFile> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(SAMPLE) as unknown as ArrayBuffer);
  wb.getWorksheet("Tiltak")!.getCell("D3").value = "Samstyrng";
  wb.getWorksheet("Rapporter")!.getCell("D86").value = "Gronn";
  return written(wb, "portefolje-med-feil.xlsx");
}

/** A register with its sheets and header rows but no reports yet. */
export async function emptyRegister(): Promise<PickedFile> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Tiltak").addRow(["ID", "Navn", "Eier", "Segment", "Hovedmål"]);
  wb.addWorksheet("Rapporter").addRow(["ID", "Periode", "Fase", "Status", "Statusbegrunnelse", "Risiko", "Risikobegrunnelse", "Budsjett"]);
  return written(wb, "tom.xlsx");
}

/** The sample as it ships. */
export function sampleRegister(): PickedFile {
  return { name: "sample-portfolio.xlsx", mimeType: XLSX_TYPE, buffer: readFileSync(SAMPLE) };
}
