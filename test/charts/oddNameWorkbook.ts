import ExcelJS from "exceljs";
import type { A1, A1Range } from "../../src/core/cells";
import type { ChartSpec } from "../../src/core/report/chartSpec";

// A workbook whose chart sheet has every awkward trait at once: a space, apostrophes, æøå, a note (legacy
// drawing), and a sibling sheet that already holds a picture (a drawing of its own).
export const SHEET = "Avh. 'test' æøå";
export const PICTURE_SHEET = "Bilde";
const CATEGORIES = ["EPJ-leverandører", "Nasjonale løsninger", "Kommuner"];
const STACKS = { Grønn: [3, 5, 1], Gul: [4, 2, 1], Rød: [1, 0, 2] };
export const COLORS = { Grønn: "63BE7B", Gul: "FFD966", Rød: "E06666" };
const STATUS = [["Grønn", 20], ["Gul", 15], ["Rød", 2], ["Grå", 0]] as const;
// A 1×1 PNG, so exceljs writes a drawing of its own for the picture sheet.
const PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

export async function workbookBytes(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Register").getCell("A1").value = "ID";
  const ws = wb.addWorksheet(SHEET);
  ws.getCell("A1").value = "Avhengigheter";
  ws.getCell("A1").note = "A note makes exceljs write a legacyDrawing, which must stay after the chart drawing.";
  ws.getRow(3).values = ["Kategori", ...Object.keys(STACKS)];
  CATEGORIES.forEach((c, i) => {
    ws.getRow(4 + i).values = [c, ...Object.values(STACKS).map((v) => v[i])];
  });
  ws.getRow(9).values = ["Status", "Nå"];
  STATUS.forEach(([s, n], i) => {
    ws.getRow(10 + i).values = [s, n];
  });
  const pictures = wb.addWorksheet(PICTURE_SHEET);
  pictures.getRow(1).values = ["Segment", "Antall"];
  pictures.getRow(2).values = ["Samstyring", 12];
  pictures.getRow(3).values = ["Koordinering", 15];
  pictures.addImage(wb.addImage({ base64: PNG, extension: "png" }), "H20:I21");
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export const stacked: ChartSpec = {
  kind: "columnStacked",
  title: "Avhengigheter etter kategori og status",
  sheet: SHEET,
  categories: "A4:A6" as A1Range,
  categoryCache: CATEGORIES,
  series: Object.entries(STACKS).map(([name, cache], i) => ({
    name, nameCell: `${"BCD"[i]}3` as A1, values: `${"BCD"[i]}4:${"BCD"[i]}6` as A1Range,
    color: COLORS[name as keyof typeof COLORS], cache,
  })),
  anchor: { from: "F2" as A1, columns: 8, rows: 14 },
  legend: "bottom",
};
export const pie: ChartSpec = {
  kind: "pie",
  title: "Status nå",
  sheet: SHEET,
  categories: "A10:A13" as A1Range,
  categoryCache: STATUS.map(([s]) => s),
  series: [{ name: "Nå", values: "B10:B13" as A1Range, pointColors: ["63BE7B", "FFD966", "E06666", "BFBFBF"], cache: STATUS.map(([, n]) => n) }],
  anchor: { from: "F18" as A1, columns: 6, rows: 12 },
  legend: "right",
};
export const segments: ChartSpec = {
  kind: "bar",
  title: "Aktive tiltak per segment",
  sheet: PICTURE_SHEET,
  categories: "A2:A3" as A1Range,
  categoryCache: ["Samstyring", "Koordinering"],
  series: [{ name: "Antall", nameCell: "B1" as A1, values: "B2:B3" as A1Range, color: "1F4E79", cache: [12, 15] }],
  anchor: { from: "D1" as A1, columns: 6, rows: 12 },
  legend: "none",
};
