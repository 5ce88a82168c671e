import type { Lang } from "../../core/messages/catalogue";
import type { WorkbookPort } from "../../workbook/port";
import type { NewWorkbookOutcome } from "../../host/office/createWorkbook";
import type { FileTools } from "./fileTools";

export type { NewWorkbookOutcome };

/** Why a new workbook was not opened, so the file was downloaded instead. */
export type NotOpened = Exclude<NewWorkbookOutcome, "opened">;

/** A workbook the pane works on, and what its host can do with it. */
export interface OpenWorkbook {
  port: WorkbookPort;
  /** The file's name in the browser; Excel's open workbook has none to show. */
  name?: string;
  /** Hands the workbook, as it now is, to the user as a file (browser only). */
  download?: (fileName: string) => Promise<void>;
}

/**
 * Where the pane runs: inside Excel (the open workbook) or in a plain browser
 * (a file the user opens). Components never call it; hooks do.
 */
export interface Host {
  mode: "office" | "browser";
  /** The language the host suggests (Office's display language, the browser's). */
  lang: Lang;
  theme: "light" | "dark";
  /** Excel can take the user to a finding's cell; a file in the browser can only say where it is. */
  selectsCells: boolean;
  /** The workbook open in Excel. */
  openCurrent?: () => Promise<OpenWorkbook>;
  /** Opens an .xlsx file the user chose (browser). */
  openFile?: (file: File) => Promise<OpenWorkbook>;
  /** The file tools run in the page (filled templates, template workbooks, council workbook, zips); loaded on first use. */
  fileTools?: () => Promise<FileTools>;
  /**
   * Opens .xlsx bytes as a new workbook in Excel (Excel.createWorkbook);
   * "unsupported" or "too-large" when Excel cannot, and nothing was opened.
   */
  openNewWorkbook?: (bytes: Uint8Array) => Promise<NewWorkbookOutcome>;
  /** Hands bytes to the user as a downloaded file. */
  download?: (bytes: Uint8Array, fileName: string) => Promise<void>;
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
