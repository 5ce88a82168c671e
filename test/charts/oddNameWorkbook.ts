import "./textCodecs";
import ExcelJS from "exceljs";
import { parseRange, type A1, type CellValue } from "../../src/core/cells";
import type { ChartSpec } from "../../src/core/report/chartSpec";
import type { ReportSheet } from "../../src/core/report/reportSheet";
import { FileWorkbook } from "../../src/host/file/fileWorkbook";

// Report sheets with every awkward trait at once: a name with a space, apostrophes and æøå, written into a
// user's workbook that already has a note (a legacy drawing) and a picture (a drawing of its own).
export const SHEET = "Avh. 'test' æøå";
export const SEGMENT_SHEET = "Segmenter";
export const PICTURE_SHEET = "Bilde";
export const NOTE_SHEET = "Notater";
const CATEGORIES = ["EPJ-leverandører", "Nasjonale løsninger", "Kommuner"];
const STACKS = { Grønn: [3, 5, 1], Gul: [4, 2, 1], Rød: [1, 0, 2] };
export const COLORS = { Grønn: "63BE7B", Gul: "FFD966", Rød: "E06666" };
const STATUS = [
  ["Grønn", 20],
  ["Gul", 15],
  ["Rød", 2],
  ["Grå", 0],
] as const;
// A 1×1 PNG, so exceljs writes a drawing of its own for the picture sheet.
const PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

/** The user's workbook the report sheets are written into. */
export async function workbookBytes(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Register").getCell("A1").value = "ID";
  const notes = wb.addWorksheet(NOTE_SHEET);
  notes.getCell("A1").value = "Avhengigheter";
  notes.getCell("A1").note = "A note makes exceljs write a legacyDrawing.";
  const pictures = wb.addWorksheet(PICTURE_SHEET);
  pictures.getRow(1).values = ["Segment", "Antall"];
  pictures.addImage(wb.addImage({ base64: PNG, extension: "png" }), "H20:I21");
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function reportSheet(name: string, values: CellValue[][], charts: ChartSpec[]): ReportSheet {
  return {
    key: name,
    name,
    values,
    styles: [],
    merges: [],
    columnWidths: [24, 10, 10, 10],
    freezeRows: 0,
    links: [],
    charts,
    print: { landscape: true, fitToWidth: true },
  };
}

/** The report sheets that hold the charts' cells, each with the charts given for it. */
export function reportSheets(charts: readonly ChartSpec[]): ReportSheet[] {
  const odd: CellValue[][] = [["Avhengigheter"], [], ["Kategori", ...Object.keys(STACKS)]];
  CATEGORIES.forEach((c, i) => odd.push([c, ...Object.values(STACKS).map((v) => v[i])]));
  odd.push([], [], ["Status", "Nå"], ...STATUS.map(([s, n]) => [s, n]));
  const segmentRows: CellValue[][] = [
    ["Segment", "Antall"],
    ["Samstyring", 12],
    ["Koordinering", 15],
  ];
  return [
    reportSheet(
      SHEET,
      odd,
      charts.filter((c) => c.sheet === SHEET),
    ),
    reportSheet(
      SEGMENT_SHEET,
      segmentRows,
      charts.filter((c) => c.sheet === SEGMENT_SHEET),
    ),
  ];
}

/** The user's workbook with the report sheets and the given charts written by the file host. */
export async function withCharts(charts: readonly ChartSpec[]): Promise<Uint8Array> {
  const port = await FileWorkbook.open(await workbookBytes(), "charts.xlsx");
  await port.writeReportSheets(reportSheets(charts), []);
  return port.save();
}

export const stacked: ChartSpec = {
  kind: "columnStacked",
  title: "Avhengigheter etter kategori og status",
  sheet: SHEET,
  categories: parseRange("A4:A6"),
  categoryCache: CATEGORIES,
  series: Object.entries(STACKS).map(([name, cache], i) => ({
    name,
    nameCell: `${"BCD"[i]}3` as A1,
    values: parseRange(`${"BCD"[i]}4:${"BCD"[i]}6`),
    color: COLORS[name as keyof typeof COLORS],
    cache,
  })),
  anchor: { from: "F2" as A1, columns: 8, rows: 14 },
  legend: "bottom",
};
export const pie: ChartSpec = {
  kind: "pie",
  title: "Status nå",
  sheet: SHEET,
  categories: parseRange("A10:A13"),
  categoryCache: STATUS.map(([s]) => s),
  series: [
    { name: "Nå", values: parseRange("B10:B13"), pointColors: ["63BE7B", "FFD966", "E06666", "BFBFBF"], cache: STATUS.map(([, n]) => n) },
  ],
  anchor: { from: "F18" as A1, columns: 6, rows: 12 },
  legend: "right",
};
export const segments: ChartSpec = {
  kind: "bar",
  title: "Aktive tiltak per segment",
  sheet: SEGMENT_SHEET,
  categories: parseRange("A2:A3"),
  categoryCache: ["Samstyring", "Koordinering"],
  series: [{ name: "Antall", nameCell: "B1" as A1, values: parseRange("B2:B3"), color: "1F4E79", cache: [12, 15] }],
  anchor: { from: "D1" as A1, columns: 6, rows: 12 },
  legend: "none",
};
