import type ExcelJS from "exceljs";
import { load, SAMPLE, text } from "./templateFiles";

/** A register sheet as header-keyed records, read straight with exceljs (not with the code under test). */
export function records(wb: ExcelJS.Workbook, sheet: string): Array<Record<string, string>> {
  const ws = wb.getWorksheet(sheet)!;
  const header = (ws.getRow(1).values as ExcelJS.CellValue[]).map(text);
  const out: Array<Record<string, string>> = [];
  ws.eachRow((row, r) => {
    if (r === 1) {
      return;
    }
    const rec: Record<string, string> = {};
    header.forEach((h, c) => h && (rec[h] = text(row.getCell(c).value)));
    out.push(rec);
  });
  return out;
}

/** The sample's facts the template tests compare with. */
export async function sampleFacts() {
  const wb = await load(SAMPLE);
  const initiatives = records(wb, "Tiltak");
  const q2 = records(wb, "Rapporter").filter((r) => r.Periode === "2023-Q2");
  const completed = new Set(q2.filter((r) => r.Fase === "Avsluttet").map((r) => r.ID));
  return {
    initiatives,
    reportQ2: new Map(q2.map((r) => [r.ID, r])),
    dependenciesQ2: (id: string) => records(wb, "Avhengigheter").filter((d) => d.ID === id && d.Periode === "2023-Q2"),
    completed,
    segmentOf: (id: string) => initiatives.find((i) => i.ID === id)!.Segment,
  };
}
