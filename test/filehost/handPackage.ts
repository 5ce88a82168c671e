import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import type { RowOp } from "../../src/core/template/registerEdits";
import { FileWorkbook } from "../../src/host/file/fileWorkbook";

export const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const TYPE = "application/vnd.openxmlformats-officedocument";

/** A worksheet part: rows, then what follows <sheetData> (merges, formats, validations, links …), and what precedes it. */
export function sheetXml(rows: string, after = "", before = ""): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${R}">${before}<sheetData>${rows}</sheetData>${after}</worksheet>`;
}

/** Rows 1..n with a number in A (the row's own number), as a sheet's body. */
export function numberedRows(n: number): string {
  return Array.from({ length: n }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i + 1}</v></c></row>`).join("");
}

export interface HandPackage {
  /** Sheets by name, in order: sheet1.xml, sheet2.xml, … */
  sheets: Record<string, string>;
  workbookPr?: string;
  workbookExtra?: string;
  /** More relationships of the workbook part. */
  relsExtra?: string;
  /** More content type declarations. */
  typesExtra?: string;
  /** The workbook part's content type (a workbook with macros, a template). */
  mainType?: string;
  /** Any other part, by name (relationship parts of sheets among them). */
  parts?: Record<string, string | Uint8Array>;
}

/** A package written by hand with JSZip, as a writer other than this project's would write it. */
export async function handPackage(p: HandPackage): Promise<Uint8Array> {
  const names = Object.keys(p.sheets);
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
      `<Override PartName="/xl/workbook.xml" ContentType="${p.mainType ?? `${TYPE}.spreadsheetml.sheet.main+xml`}"/>` +
      `<Override PartName="/xl/styles.xml" ContentType="${TYPE}.spreadsheetml.styles+xml"/>` +
      names
        .map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${TYPE}.spreadsheetml.worksheet+xml"/>`)
        .join("") +
      `${p.typesExtra ?? ""}</Types>`,
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  zip.file(
    "xl/workbook.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${MAIN}" xmlns:r="${R}"><workbookPr${p.workbookPr ?? ""}/>` +
      `<sheets>${names.map((n, i) => `<sheet name="${n}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join("")}</sheets>${p.workbookExtra ?? ""}</workbook>`,
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
      names.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("") +
      `<Relationship Id="rId${names.length + 1}" Type="${REL}/styles" Target="styles.xml"/>${p.relsExtra ?? ""}</Relationships>`,
  );
  zip.file(
    "xl/styles.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${MAIN}">` +
      '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd.mm.yyyy"/></numFmts>' +
      '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>' +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>',
  );
  names.forEach((n, i) => zip.file(`xl/worksheets/sheet${i + 1}.xml`, p.sheets[n]));
  for (const [name, data] of Object.entries(p.parts ?? {})) {
    zip.file(name, data);
  }
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** Every part of a package as text (UTF-8), by name. */
export async function partTexts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, string>();
  for (const name of Object.keys(zip.files).filter((n) => !zip.files[n].dir)) {
    out.set(name, await zip.file(name)!.async("string"));
  }
  return out;
}

/** The rows of a sheet part's XML, from <sheetData> to its end. */
export function sheetDataOf(xml: string): string {
  return /<sheetData>[\s\S]*<\/sheetData>/.exec(xml)?.[0] ?? "";
}

/** An import's row operations on one sheet of a package, through the file host; the saved package. */
export async function editRows(bytes: Uint8Array, sheet: string, ops: RowOp[]): Promise<Uint8Array> {
  const workbook = await FileWorkbook.open(bytes, "register.xlsx");
  await workbook.applyRegisterEdits({ sheets: [{ sheet, ops }], log: { sheet: "Logg", header: [], rows: [] } });
  return workbook.save();
}

const PYTHON = "/usr/bin/python3";

/** Runs a python script with the package's path as its argument (Debian's python, with openpyxl); its stdout. */
export function withPython(bytes: Uint8Array, script: string): string {
  const dir = mkdtempSync(join(tmpdir(), "py-"));
  try {
    const file = join(dir, "book.xlsx");
    writeFileSync(file, bytes);
    const run = spawnSync(PYTHON, ["-c", script, file], { encoding: "utf8", timeout: 60_000 });
    if (run.status !== 0) {
      throw new Error(`python failed (${run.status}): ${run.stderr}`);
    }
    return run.stdout.trim();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Parts that an XML 1.0 parser (Python's expat) refuses, by name: none in a well-formed package. */
export function notWellFormed(bytes: Uint8Array): string[] {
  const out = withPython(
    bytes,
    [
      "import sys, zipfile, xml.parsers.expat",
      "z = zipfile.ZipFile(sys.argv[1])",
      "for n in z.namelist():",
      "    if not n.endswith(('.xml', '.rels', '.vml')): continue",
      "    p = xml.parsers.expat.ParserCreate()",
      "    try: p.Parse(z.read(n), True)",
      "    except Exception as e: print(n, e)",
    ].join("\n"),
  );
  return out ? out.split("\n") : [];
}
