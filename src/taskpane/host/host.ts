import type { Lang } from "../../core/messages/catalogue";
import type { NewWorkbookOutcome } from "../../host/office/createWorkbook";
import type { FileData, WorkbookJobs } from "../work/jobs";

export type { NewWorkbookOutcome };

/** Why a new workbook was not opened, so the file was downloaded instead. */
export type NotOpened = Exclude<NewWorkbookOutcome, "opened">;

/** A file on disk the page may read again (the File System Access API's handle, where the browser has it). */
export interface FileHandle {
  getFile(): Promise<File>;
}

/** A workbook the pane works on, and what its host can do with it. */
export interface OpenWorkbook {
  /** The work on it: in the page for Excel, in a Web Worker for a file. */
  jobs: WorkbookJobs;
  /** The file's name in the browser; Excel's open workbook has none to show. */
  name?: string;
  /** The file it was read from (browser): when it last changed, and how to read it again where the browser can. */
  file?: { lastModified: number; reread?: () => Promise<File> };
}

/**
 * Where the pane runs: inside Excel (the open workbook) or in a plain browser
 * (a file the user opens). Components never call it; hooks do.
 */
export interface Host {
  mode: "office" | "browser";
  /** The language to start in: Office's display language in Excel; the saved choice, else the browser's, outside. */
  lang: Lang;
  /** Keeps the user's choice of language for the next visit (browser only: Excel follows Office's language). */
  rememberLang?: (lang: Lang) => void;
  theme: "light" | "dark";
  /** Excel can take the user to a finding's cell; a file in the browser can only say where it is. */
  selectsCells: boolean;
  /** The workbook open in Excel. */
  openCurrent?: () => Promise<OpenWorkbook>;
  /** Opens an .xlsx file the user chose (browser); with its handle, it can be read again after a change on disk. */
  openFile?: (file: File, handle?: FileHandle) => Promise<OpenWorkbook>;
  /** The bundled sample register, fetched when asked for. */
  sample?: () => Promise<File>;
  /**
   * Opens .xlsx bytes as a new workbook in Excel (Excel.createWorkbook);
   * "unsupported" or "too-large" when Excel cannot, and nothing was opened.
   */
  openNewWorkbook?: (bytes: Uint8Array) => Promise<NewWorkbookOutcome>;
  /** Hands a file to the user as a download. */
  download?: (data: FileData, fileName: string) => Promise<void>;
  /** Gets ready for a file the user is about to open (the browser starts its file worker once the pane is on screen). */
  prepare?: () => void;
  /** Where the pane runs, for "Om tillegget" and a support request. */
  info?: HostInfo;
}

/** What the pane can tell about where it runs. */
export interface HostInfo {
  /** "Excel", or "browser" outside Office. */
  host: string;
  /** Office's platform ("PC", "Mac", "OfficeOnline", …), or the browser's. */
  platform: string;
  /** Office's build ("16.0.17328.20162"); absent in the browser. */
  build?: string;
  /** ExcelApi 1.1 to 1.17, each with whether this Excel supports it; empty in the browser. */
  excelApi: Array<{ set: string; supported: boolean }>;
}
