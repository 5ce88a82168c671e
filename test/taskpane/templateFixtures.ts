import ExcelJS from "exceljs";
import JSZip from "jszip";
import { prepareTemplates } from "../../src/app/templates";
import type { Period } from "../../src/core/register/period";
import type { SheetData } from "../../src/core/sheet";
import { FileWorkbook } from "../../src/host/file/fileWorkbook";
import { writeTemplateWorkbook } from "../../src/host/file/writeTemplate";
import { openNewWorkbook } from "../../src/host/office/createWorkbook";
import { OfficeWorkbook } from "../../src/host/office/officeWorkbook";
import { loadFileTools } from "../../src/taskpane/host/loadFileTools";
import type { WorkbookPort } from "../../src/workbook/port";
import type { Host } from "../../src/taskpane/host/host";
import { saveCopy } from "../../src/taskpane/work/fileJobs";
import { bytesOf } from "../../src/taskpane/work/jobs";
import { FakeExcel } from "../office/double/fakeExcel";
import { FakePort, jobsOn, sampleRegister } from "./fakeHost";

export const NEXT = "2023-Q3" as Period;
const EPOCH_MS = Date.UTC(1899, 11, 30);

/** The templates the office would send for the sample register's next period, one workbook each, by initiative. */
export async function templateFiles(): Promise<Map<string, Uint8Array>> {
  const { books } = await prepareTemplates(new FakePort(sampleRegister()), { period: NEXT, lang: "nb" });
  const files = new Map<string, Uint8Array>();
  for (const book of books) {
    files.set(book.templates[0].marker.id, await writeTemplateWorkbook(book));
  }
  return files;
}

/** A template filled as a contact would: the cell right of each label, with exceljs. */
export async function fillTemplate(bytes: Uint8Array, answers: Record<string, ExcelJS.CellValue>): Promise<Uint8Array> {
  const wb = await load(bytes);
  const ws = wb.worksheets.find((w) => w.state === "visible")!;
  for (const [label, value] of Object.entries(answers)) {
    ws.getCell(labelRow(ws, label), 2).value = value;
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The address of the input cell of a label on a template's visible sheet. */
export async function inputAddress(bytes: Uint8Array, label: string): Promise<{ sheet: string; address: string }> {
  const ws = (await load(bytes)).worksheets.find((w) => w.state === "visible")!;
  return { sheet: ws.name, address: ws.getCell(labelRow(ws, label), 2).address };
}

export async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

function labelRow(ws: ExcelJS.Worksheet, label: string): number {
  for (let r = 1; r <= ws.rowCount; r++) {
    if (ws.getCell(r, 1).text === label) {
      return r;
    }
  }
  throw new Error(`no label ${label}`);
}

/** A file the user picks; jsdom's File lacks arrayBuffer(), which every browser the pane runs in has. */
export function xlsxFile(bytes: Uint8Array, name: string): File {
  const type = name.toLowerCase().endsWith(".xlsm")
    ? "application/vnd.ms-excel.sheet.macroEnabled.12"
    : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  const file = new File([bytes as BlobPart], name, { type });
  Object.defineProperty(file, "arrayBuffer", { value: async () => bytes.slice().buffer });
  return file;
}

/** The Excel double holding sheets (a template's marker very hidden), dates as serial numbers. */
export function excelHolding(sheets: readonly SheetData[]): FakeExcel {
  const excel = new FakeExcel();
  for (const s of sheets) {
    const sheet = excel.addSheet(s.name, [], { origin: s.origin, visibility: s.hidden ? "VeryHidden" : "Visible" });
    s.values.forEach((line, r) =>
      line.forEach((v, c) => {
        const row = s.origin.row + r;
        const column = s.origin.column + c;
        if (v instanceof Date) {
          sheet.setCell(row, column, { value: (v.getTime() - EPOCH_MS) / 86_400_000 });
          sheet.numberFormats.set(`${row},${column}`, "yyyy-mm-dd");
        } else if (v !== null && v !== "") {
          sheet.setCell(row, column, { value: v });
        }
      }),
    );
  }
  return excel;
}

/** A template's sheets as a workbook port reads them. */
export async function sheetsOf(bytes: Uint8Array): Promise<SheetData[]> {
  return (await FileWorkbook.open(bytes, "mal.xlsx")).readSheets();
}

/** The pane tests' register with the dependency sheet an import writes to (one row for T-2). */
export function importableRegister(): SheetData[] {
  return [
    ...sampleRegister(),
    {
      name: "Avhengigheter",
      origin: { row: 1, column: 1 },
      values: [
        ["ID", "Periode", "Avhengighet", "Kategori", "Kritikalitet", "Status", "Frist"],
        ["T-2", "2023-Q2", "Ny EPJ-versjon", "EPJ-leverandører", "Høy", "Gul", null],
      ],
    },
  ];
}

/** The sample register as an .xlsx in memory, built with exceljs: the browser's open file. */
export async function registerWorkbook(options: { macros?: boolean } = {}): Promise<FileWorkbook> {
  const wb = new ExcelJS.Workbook();
  for (const s of importableRegister()) {
    const ws = wb.addWorksheet(s.name);
    for (const line of s.values) {
      ws.addRow(line);
    }
  }
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  if (!options.macros) {
    return FileWorkbook.open(bytes, "register.xlsx");
  }
  return FileWorkbook.open(await withMacros(bytes), "register.xlsm");
}

export const MACRO_MAIN = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";
export const VBA_PROJECT = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 1, 2, 3, 4]);

/** The workbook as Excel saves it with macros (.xlsm): the macro-enabled main part and a VBA project. */
async function withMacros(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const types = await zip.file("[Content_Types].xml")!.async("string");
  zip.file(
    "[Content_Types].xml",
    types
      .replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", MACRO_MAIN)
      .replace("</Types>", '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>'),
  );
  zip.file("xl/vbaProject.bin", VBA_PROJECT);
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  zip.file(
    "xl/_rels/workbook.xml.rels",
    rels.replace(
      "</Relationships>",
      '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>',
    ),
  );
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

export interface Received {
  name: string;
  bytes: Uint8Array;
}

/** Excel's side with the file tools: new workbooks it is asked to open, and downloads, are recorded. */
export function officeToolsHost(port: WorkbookPort, opened: Uint8Array[], received: Received[] = [], lang: "nb" | "en" = "nb"): Host {
  return {
    mode: "office",
    lang,
    theme: "light",
    selectsCells: true,
    openCurrent: async () => ({ jobs: jobsOn(port, { tools: loadFileTools }) }),
    openNewWorkbook: async (bytes) => {
      opened.push(bytes);
      return "opened";
    },
    download: async (data, name) => void received.push({ name, bytes: await bytesOf(data) }),
  };
}

/**
 * Excel's side on the real adapter over the Excel double: the register is
 * `excel`'s open workbook, new workbooks go through the adapter's
 * openNewWorkbook to `creator`'s Excel.createWorkbook (the same double unless
 * given), and downloads are recorded.
 */
export function excelToolsHost(excel: FakeExcel, received: Received[], options: { creator?: FakeExcel; platform?: string } = {}): Host {
  const creator = options.creator ?? excel;
  return {
    mode: "office",
    lang: "nb",
    theme: "light",
    selectsCells: true,
    openCurrent: async () => ({ jobs: jobsOn(new OfficeWorkbook(excel.run), { tools: loadFileTools }) }),
    openNewWorkbook: (bytes) => openNewWorkbook(bytes, creator),
    download: async (data, name) => void received.push({ name, bytes: await bytesOf(data) }),
    info: { host: "Excel", platform: options.platform ?? "PC", build: "16.0.17328.20162", excelApi: [] },
  };
}

/** The workbooks Excel was asked to open, as bytes. */
export function createdWorkbooks(excel: FakeExcel): Uint8Array[] {
  return excel.createdWorkbooks.map((base64) => new Uint8Array(Buffer.from(base64, "base64")));
}

/** The browser's side: the chosen file becomes `port`; every download (the workbook, or other files) is recorded with its bytes. */
export function browserToolsHost(port: FileWorkbook, received: Received[], lang: "nb" | "en" = "nb"): Host {
  return {
    mode: "browser",
    lang,
    theme: "light",
    selectsCells: false,
    openFile: async (file) => ({ jobs: jobsOn(port, { tools: loadFileTools, save: saveCopy(port) }), name: file.name }),
    download: async (data, name) => void received.push({ name, bytes: await bytesOf(data) }),
  };
}
