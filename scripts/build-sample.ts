/**
 * Builds the bundled sample register `assets/sample-portfolio.xlsx` from the
 * readable data file `assets/sample-data/portfolio.json` (the May 2023 report).
 *
 *   npm run sample        (= npx tsx scripts/build-sample.ts [data.json] [out.xlsx])
 *
 * The data file holds one array of row objects per sheet; the keys of a row are
 * the sheet's column headers. The output is deterministic: fixed document
 * dates and fixed timestamps inside the zip, so an unchanged data file gives a
 * byte-identical workbook.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";

type CellValue = string | number | boolean | null;
type Row = Record<string, CellValue>;

const SHEETS = ["Tiltak", "Rapporter", "Avhengigheter", "Driftskostnader", "Kodeverk", "Veikart", "Temaer"] as const;
const DATE_COLUMNS = new Set(["Startdato", "Sluttdato", "Rapportert", "Frist"]);
const DATE_FORMAT = "dd.mm.yyyy";
const FIXED_DATE = new Date(Date.UTC(2023, 4, 15)); // 2023-05-15, the report's month
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MIN_WIDTH = 8;
const MAX_WIDTH = 60;

function toCell(column: string, value: CellValue): ExcelJS.CellValue {
  if (value === null || value === "") {
    return null;
  }
  if (DATE_COLUMNS.has(column) && typeof value === "string") {
    const m = ISO_DATE.exec(value);
    if (!m) {
      throw new Error(`${column}: "${value}" is not an ISO date (YYYY-MM-DD)`);
    }
    return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  }
  return value;
}

function displayLength(column: string, value: CellValue): number {
  if (value === null) {
    return 0;
  }
  if (DATE_COLUMNS.has(column)) {
    return DATE_FORMAT.length;
  }
  return String(value).length;
}

function addSheet(workbook: ExcelJS.Workbook, name: string, rows: Row[]): void {
  const columns: string[] = [];
  for (const row of rows) {
    for (const key of Object.keys(row)) {
      if (!columns.includes(key)) {
        columns.push(key);
      }
    }
  }

  const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = columns.map((header) => ({
    header,
    key: header,
    width: Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, header.length, ...rows.map((r) => displayLength(header, r[header] ?? null))) + 2),
    style: DATE_COLUMNS.has(header) ? { numFmt: DATE_FORMAT } : {},
  }));
  sheet.getRow(1).font = { bold: true };

  for (const row of rows) {
    sheet.addRow(columns.map((c) => toCell(c, row[c] ?? null)));
  }
}

/** Rewrites the zip with a fixed timestamp on every entry (exceljs stamps the current time). */
async function normalizeZip(buffer: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buffer);
  zip.forEach((_path, file) => {
    file.date = FIXED_DATE;
  });
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

export async function buildSample(dataPath: string, outPath: string): Promise<void> {
  const data = JSON.parse(readFileSync(dataPath, "utf8")) as Record<string, Row[]>;

  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Direktoratet for e-helse";
  workbook.lastModifiedBy = "Direktoratet for e-helse";
  workbook.created = FIXED_DATE;
  workbook.modified = FIXED_DATE;
  workbook.title = "Nasjonal e-helseportefølje – eksempelregister (mai 2023)";

  for (const name of SHEETS) {
    const rows = data[name];
    if (!Array.isArray(rows)) {
      throw new Error(`${dataPath}: missing array "${name}"`);
    }
    addSheet(workbook, name, rows);
  }

  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  writeFileSync(outPath, await normalizeZip(buffer));
}

if (require.main === module) {
  const root = resolve(__dirname, "..");
  const dataPath = resolve(process.argv[2] ?? resolve(root, "assets/sample-data/portfolio.json"));
  const outPath = resolve(process.argv[3] ?? resolve(root, "assets/sample-portfolio.xlsx"));
  buildSample(dataPath, outPath).then(
    () => console.log(`Wrote ${outPath}`),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
