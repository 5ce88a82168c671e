import ExcelJS from "exceljs";
import JSZip from "jszip";

// Test-side reader of chart parts, written against the OOXML spec with the DOM parser, independent of the writer.
const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  rel: "http://schemas.openxmlformats.org/package/2006/relationships",
  xdr: "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing",
  c: "http://schemas.openxmlformats.org/drawingml/2006/chart",
  a: "http://schemas.openxmlformats.org/drawingml/2006/main",
};
export { NS };

export interface ChartReference {
  formula: string;
  sheet: string;
  /** Cell addresses the formula covers, in order (row by row). */
  cells: string[];
  cache: string[];
}

export interface ChartPart {
  path: string;
  /** The sheet whose drawing anchors the chart. */
  sheet: string;
  doc: Document;
  /** 0-based from/to column and row of the two-cell anchor. */
  anchor: { fromCol: number; fromRow: number; toCol: number; toRow: number };
  references: ChartReference[];
}

/** Parses XML, failing the test on any well-formedness error. */
export function parseXml(text: string, what = "part"): Document {
  const doc = new DOMParser().parseFromString(text, "application/xml");
  const error = doc.getElementsByTagName("parsererror")[0];
  if (error) {
    throw new Error(`${what} is not well-formed XML: ${error.textContent}`);
  }
  return doc;
}

export async function readXml(zip: JSZip, path: string): Promise<Document> {
  const file = zip.file(path);
  if (!file) {
    throw new Error(`missing part ${path}`);
  }
  return parseXml(await file.async("string"), path);
}

function resolve(fromPart: string, target: string): string {
  return decodeURIComponent(new URL(target, `file:///${fromPart}`).pathname.slice(1));
}

function relsOf(part: string): string {
  const i = part.lastIndexOf("/");
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

async function relTargets(zip: JSZip, part: string): Promise<Map<string, string>> {
  const doc = await readXml(zip, relsOf(part));
  const map = new Map<string, string>();
  for (const r of Array.from(doc.getElementsByTagNameNS(NS.rel, "Relationship"))) {
    map.set(r.getAttribute("Id")!, resolve(part, r.getAttribute("Target")!));
  }
  return map;
}

/** Every chart in the workbook, found the way Excel finds it: workbook → sheet → drawing → chart. */
export async function readChartParts(bytes: Uint8Array): Promise<{ zip: JSZip; charts: ChartPart[] }> {
  const zip = await JSZip.loadAsync(bytes);
  const workbook = await readXml(zip, "xl/workbook.xml");
  const sheetParts = await relTargets(zip, "xl/workbook.xml");
  const charts: ChartPart[] = [];
  for (const sheet of Array.from(workbook.getElementsByTagNameNS(NS.main, "sheet"))) {
    const sheetPart = sheetParts.get(sheet.getAttributeNS(NS.r, "id")!)!;
    const drawing = (await readXml(zip, sheetPart)).getElementsByTagNameNS(NS.main, "drawing")[0];
    if (!drawing) {
      continue;
    }
    const drawingPart = (await relTargets(zip, sheetPart)).get(drawing.getAttributeNS(NS.r, "id")!)!;
    const drawingRels = await relTargets(zip, drawingPart);
    const drawingDoc = await readXml(zip, drawingPart);
    for (const anchor of Array.from(drawingDoc.getElementsByTagNameNS(NS.xdr, "twoCellAnchor"))) {
      const chart = anchor.getElementsByTagNameNS(NS.c, "chart")[0];
      if (!chart) {
        continue;
      }
      const path = drawingRels.get(chart.getAttributeNS(NS.r, "id")!)!;
      const doc = await readXml(zip, path);
      charts.push({ path, sheet: sheet.getAttribute("name")!, doc, anchor: anchorOf(anchor), references: referencesOf(doc) });
    }
  }
  return { zip, charts };
}

function anchorOf(anchor: Element): ChartPart["anchor"] {
  const n = (corner: string, what: string) =>
    Number(anchor.getElementsByTagNameNS(NS.xdr, corner)[0].getElementsByTagNameNS(NS.xdr, what)[0].textContent);
  return { fromCol: n("from", "col"), fromRow: n("from", "row"), toCol: n("to", "col"), toRow: n("to", "row") };
}

function referencesOf(doc: Document): ChartReference[] {
  // LibreOffice writes a literal series name as a formula ("Nå"); it refers to no cells.
  const formulas = Array.from(doc.getElementsByTagNameNS(NS.c, "f")).filter((f) => !(f.textContent ?? "").startsWith('"'));
  return formulas.map((f) => {
    const cacheElement = f.parentElement!.getElementsByTagNameNS(
      NS.c,
      f.parentElement!.localName === "numRef" ? "numCache" : "strCache",
    )[0];
    const cache: string[] = [];
    for (const pt of Array.from(cacheElement?.getElementsByTagNameNS(NS.c, "pt") ?? [])) {
      cache[Number(pt.getAttribute("idx"))] = pt.getElementsByTagNameNS(NS.c, "v")[0].textContent ?? "";
    }
    const { sheet, cells } = parseFormula(f.textContent ?? "");
    return { formula: f.textContent ?? "", sheet, cells, cache };
  });
}

/** A chart range formula: 'Sheet name'!$A$1:$B$2 (quotes optional here; tests check them separately). */
export function parseFormula(formula: string): { sheet: string; cells: string[] } {
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(formula);
  if (!m) {
    throw new Error(`not a range formula: ${formula}`);
  }
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
  const c1 = colNumber(m[3]);
  const r1 = Number(m[4]);
  const c2 = m[5] ? colNumber(m[5]) : c1;
  const r2 = m[6] ? Number(m[6]) : r1;
  const cells: string[] = [];
  for (let r = r1; r <= r2; r++) {
    for (let c = c1; c <= c2; c++) {
      cells.push(`${colLetters(c)}${r}`);
    }
  }
  return { sheet, cells };
}

function colNumber(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

function colLetters(n: number): string {
  return n <= 0 ? "" : colLetters(Math.floor((n - 1) / 26)) + String.fromCharCode(65 + ((n - 1) % 26));
}

/** The workbook's cell values as text, read back with exceljs (for checking, never for the product). */
export async function readCells(bytes: Uint8Array): Promise<(sheet: string, cell: string) => string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return (sheet, cell) => {
    const ws = wb.getWorksheet(sheet);
    if (!ws) {
      throw new Error(`no sheet ${sheet}`);
    }
    const v = ws.getCell(cell).value;
    return v === null || v === undefined ? "" : String(v);
  };
}

/** Every cell of a 0-based anchor rectangle that holds a value (a chart there would hide it). */
export function coveredValues(read: (sheet: string, cell: string) => string, chart: ChartPart): string[] {
  const out: string[] = [];
  for (let r = chart.anchor.fromRow; r < chart.anchor.toRow; r++) {
    for (let c = chart.anchor.fromCol; c < chart.anchor.toCol; c++) {
      const cell = `${colLetters(c + 1)}${r + 1}`;
      if (read(chart.sheet, cell) !== "") {
        out.push(cell);
      }
    }
  }
  return out;
}
