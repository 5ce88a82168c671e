import type { A1, CellValue } from "../../src/core/cells";
import type { Lang } from "../../src/core/messages/catalogue";
import type { RegisterLayout } from "../../src/core/register/layoutEmptyRegister";
import type { ReportSheet } from "../../src/core/report/reportSheet";
import type { SheetData } from "../../src/core/sheet";
import type { WorkbookPort } from "../../src/workbook/port";
import type { FileTools } from "../../src/taskpane/host/fileTools";
import type { Host, OpenWorkbook } from "../../src/taskpane/host/host";
import type { SavedWorkbook, WorkbookJobs } from "../../src/taskpane/work/jobs";
import { portJobs } from "../../src/taskpane/work/portJobs";

/** A sheet from its rows, starting at A1. */
export function sheet(name: string, rows: CellValue[][]): SheetData {
  return { name, origin: { row: 1, column: 1 }, values: rows };
}

/**
 * A workbook in memory that records what the pane asks of it: the port the
 * task pane gets, with no host behind it.
 */
export class FakePort implements WorkbookPort {
  readonly selected: Array<[string, string]> = [];
  readonly written: ReportSheet[][] = [];
  reads = 0;
  /** When set, the next reads wait for this promise (to watch progress) or fail with it. */
  gate?: Promise<void>;

  constructor(
    public sheets: SheetData[],
    readonly canCreate = true,
  ) {
    if (!canCreate) {
      this.createRegisterSheets = undefined;
    }
  }

  async readSheets(): Promise<SheetData[]> {
    this.reads++;
    if (this.gate) {
      await this.gate;
    }
    return this.sheets.map((s) => ({ ...s, values: s.values.map((r) => [...r]) }));
  }

  async writeReportSheets(sheets: readonly ReportSheet[], replace: readonly string[]): Promise<void> {
    const gone = new Set([...replace, ...sheets.map((s) => s.name)]);
    this.sheets = [...this.sheets.filter((s) => !gone.has(s.name)), ...sheets.map((s) => sheet(s.name, s.values))];
    this.written.push([...sheets]);
  }

  async selectCell(sheetName: string, cell: A1): Promise<void> {
    this.selected.push([sheetName, cell]);
  }

  createRegisterSheets? = async (layout: RegisterLayout): Promise<void> => {
    for (const s of layout.sheets) {
      this.sheets.push(sheet(s.name, [s.header, ...s.rows]));
    }
  };
}

/**
 * The pane's jobs on a port, in the test's own thread: the same jobs the
 * file worker runs on a file in the browser, and the page on Excel's workbook.
 */
export function jobsOn(
  port: WorkbookPort,
  setup: { tools?: () => Promise<FileTools>; save?: () => Promise<SavedWorkbook> } = {},
): WorkbookJobs {
  return portJobs({ port, ...setup, pause: async () => undefined });
}

/** Excel's side: the open workbook is there from the start and cells can be selected. */
export function officeHostWith(port: WorkbookPort, lang: Lang = "nb"): Host {
  return { mode: "office", lang, theme: "light", selectsCells: true, openCurrent: async () => ({ jobs: jobsOn(port) }) };
}

/** The browser's side: a chosen file becomes the given port (saved as a stand-in byte); downloads are recorded by name. */
export function browserHostWith(port: WorkbookPort, downloads: string[], lang: Lang = "nb"): Host {
  const open = async (file: File): Promise<OpenWorkbook> => ({
    jobs: jobsOn(port, { save: async () => ({ data: new Uint8Array([1]), extension: ".xlsx" }) }),
    name: file.name,
    file: { lastModified: file.lastModified },
  });
  return {
    mode: "browser",
    lang,
    theme: "light",
    selectsCells: false,
    openFile: open,
    download: async (_bytes, name) => void downloads.push(name),
  };
}

/** A register with three initiatives over two periods and one typo (Tiltak!D4). */
export function sampleRegister(): SheetData[] {
  return [
    sheet("Tiltak", [
      ["ID", "Navn", "Eier", "Segment", "Hovedmål"],
      ["T-1", "Mine timeavtaler", "Helse Sør-Øst RHF", "Samstyring", 1],
      ["T-2", "EPJ-løftet", "Helse Vest RHF", "Koordinering", 2],
      ["T-3", "Digital hjemmeoppfølging", "Helsedirektoratet", "Samstyrng", 3],
    ]),
    sheet("Rapporter", [
      ["ID", "Periode", "Fase", "Status", "Statusbegrunnelse", "Risiko", "Risikobegrunnelse", "Budsjett"],
      ["T-1", "2023-Q1", "Aktiv", "Grønn", null, "Grønn", null, 12.5],
      ["T-2", "2023-Q1", "Planlagt", null, null, null, null, null],
      ["T-3", "2023-Q1", "Planlagt", null, null, null, null, null],
      ["T-1", "2023-Q2", "Aktiv", "Gul", "Forsinket leveranse", "Rød", "Mangler ressurser", 20],
      ["T-2", "2023-Q2", "Aktiv", "Rød", "Avhenger av EPJ-leverandør", "Gul", "Usikker finansiering", null],
      ["T-3", "2023-Q2", "Planlagt", null, null, null, null, null],
    ]),
  ];
}
