import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";

export const SAMPLE = join(__dirname, "..", "..", "assets", "sample-portfolio.xlsx");

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "eportefolje-template-"));
}

/** Runs the command line as a user would, collecting what it prints. */
export async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(
    argv,
    (t) => out.push(t),
    (t) => err.push(t),
  );
  return { code, out: out.join("\n"), err: err.join("\n") };
}

/** Generates templates with the command line; returns the files by initiative ID. */
export async function generate(register: string, period: string, dir: string, ...more: string[]): Promise<Map<string, string>> {
  const { code, err } = await run("templates", register, "--period", period, "--out", dir, ...more);
  if (code !== 0) {
    throw new Error(`templates failed (${code}): ${err}`);
  }
  return new Map(
    readdirSync(dir)
      .filter((f) => f.endsWith(".xlsx"))
      .map((f) => [f.split(" ")[0], join(dir, f)]),
  );
}

export async function load(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(path) as unknown as ArrayBuffer);
  return wb;
}

export async function save(wb: ExcelJS.Workbook, path: string): Promise<string> {
  writeFileSync(path, new Uint8Array(await wb.xlsx.writeBuffer()));
  return path;
}

/** The one visible sheet of a template: the one a contact sees. */
export function templateSheet(wb: ExcelJS.Workbook): ExcelJS.Worksheet {
  const visible = wb.worksheets.filter((w) => w.state === "visible");
  if (visible.length !== 1) {
    throw new Error(`expected one visible sheet, found ${visible.length}`);
  }
  return visible[0];
}

/** The row whose column A shows a label, as a contact finds it ("Status", "Hovedmål", "9 Industri, …"). */
export function labelRow(ws: ExcelJS.Worksheet, label: string): number {
  for (let r = 1; r <= ws.rowCount; r++) {
    if (text(ws.getCell(r, 1).value) === label) {
      return r;
    }
  }
  throw new Error(`no label ${label}`);
}

/** The input cell of a label: the cell to its right, as the instructions describe. */
export function inputCell(ws: ExcelJS.Worksheet, label: string): ExcelJS.Cell {
  return ws.getCell(labelRow(ws, label), 2);
}

/** The header row of the dependency table (Avhengighet | Kategori | …). */
export function dependencyHeaderRow(ws: ExcelJS.Worksheet, header = "Avhengighet"): number {
  for (let r = 1; r <= ws.rowCount; r++) {
    if (text(ws.getCell(r, 1).value) === header && text(ws.getCell(r, 5).value) !== "") {
      return r;
    }
  }
  throw new Error("no dependency table");
}

export type DependencyRow = [string, string, string, string, Date | string | null];

/** The dependency rows a template holds (non-empty rows below the header). */
export function dependencyRows(ws: ExcelJS.Worksheet): Array<Array<string>> {
  const header = dependencyHeaderRow(ws);
  const rows: string[][] = [];
  for (let r = header + 1; r <= ws.rowCount; r++) {
    const cells = [1, 2, 3, 4, 5].map((c) => text(ws.getCell(r, c).value));
    if (cells.some((c) => c !== "")) {
      rows.push(cells);
    }
  }
  return rows;
}

export interface Answers {
  /** Label in column A → value for column B. */
  cells?: Record<string, ExcelJS.CellValue>;
  /** When given, replaces every dependency row (cleared rows are how a contact removes one). */
  dependencies?: DependencyRow[];
}

/** Fills a template as a contact would: the cell right of each label, and the dependency table's rows. */
export async function fill(
  path: string,
  answers: Answers,
  outPath: string,
  edit?: (wb: ExcelJS.Workbook, ws: ExcelJS.Worksheet) => void,
): Promise<string> {
  const wb = await load(path);
  const ws = templateSheet(wb);
  for (const [label, value] of Object.entries(answers.cells ?? {})) {
    inputCell(ws, label).value = value;
  }
  if (answers.dependencies) {
    const header = dependencyHeaderRow(ws);
    for (let r = header + 1; r <= ws.rowCount; r++) {
      for (let c = 1; c <= 5; c++) {
        ws.getCell(r, c).value = null;
      }
    }
    answers.dependencies.forEach((d, i) => d.forEach((v, c) => (ws.getCell(header + 1 + i, c + 1).value = v)));
  }
  edit?.(wb, ws);
  return save(wb, outPath);
}

/** Every sheet's values, plain (dates as ISO text), for cell-for-cell comparison. */
export async function sheetValues(path: string, except: string[] = []): Promise<Record<string, string[][]>> {
  const wb = await load(path);
  const out: Record<string, string[][]> = {};
  for (const ws of wb.worksheets) {
    if (except.includes(ws.name)) {
      continue;
    }
    const rows: string[][] = [];
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      const line: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell, c) => (line[c - 1] = text(cell.value)));
      rows[r - 1] = Array.from(line, (v) => v ?? "");
    });
    // Trailing empty rows are not content.
    while (rows.length > 0 && (rows[rows.length - 1] ?? []).every((v) => v === "")) {
      rows.pop();
    }
    out[ws.name] = Array.from(rows, (r) => r ?? []).map((r) => {
      const t = [...r];
      while (t.length && t[t.length - 1] === "") {
        t.pop();
      }
      return t;
    });
  }
  return out;
}

export function text(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) {
    return "";
  }
  if (v instanceof Date) {
    return v.toISOString().slice(0, 10);
  }
  if (typeof v === "object" && "result" in v) {
    return text((v as { result: ExcelJS.CellValue }).result);
  }
  if (typeof v === "object" && "richText" in v) {
    return v.richText.map((t) => t.text).join("");
  }
  return String(v);
}
