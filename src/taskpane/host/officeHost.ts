import type { Lang } from "../../core/messages/catalogue";
import { loadFileTools } from "./fileTools";
import type { Host, HostInfo, NewWorkbookOutcome, OpenWorkbook } from "./host";

/** Inside Excel: the pane works on the open workbook through Office.js. */
export function officeHost(lang: Lang, theme: Host["theme"], info?: HostInfo): Host {
  return { mode: "office", lang, theme, selectsCells: true, openCurrent, fileTools: loadFileTools, openNewWorkbook, download, info };
}

async function openCurrent(): Promise<OpenWorkbook> {
  const { OfficeWorkbook } = await import(/* webpackChunkName: "office-workbook" */ "../../host/office/officeWorkbook");
  return { port: new OfficeWorkbook() };
}

async function openNewWorkbook(bytes: Uint8Array): Promise<NewWorkbookOutcome> {
  const { openNewWorkbook: open } = await import(/* webpackChunkName: "office-workbook" */ "../../host/office/createWorkbook");
  return open(bytes);
}

// Excel's task pane is a browser view: files it cannot open as workbooks (the web feed) are downloaded as in a browser.
async function download(bytes: Uint8Array, fileName: string): Promise<void> {
  const { offerDownload } = await import(/* webpackChunkName: "workbook" */ "../../host/browser/offerDownload");
  offerDownload(bytes, fileName);
}
