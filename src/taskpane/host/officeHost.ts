import type { Lang } from "../../core/messages/catalogue";
import { offerDownload } from "../../host/browser/offerDownload";
import type { FileData } from "../work/jobs";
import type { Host, HostInfo, NewWorkbookOutcome, OpenWorkbook } from "./host";

/** Inside Excel: the pane works on the open workbook through Office.js. */
export function officeHost(lang: Lang, theme: Host["theme"], info?: HostInfo): Host {
  return { mode: "office", lang, theme, selectsCells: true, openCurrent, openNewWorkbook, download, info };
}

async function openCurrent(): Promise<OpenWorkbook> {
  const { officeJobs } = await import(/* webpackChunkName: "office-workbook" */ "./officeJobs");
  return { jobs: officeJobs() };
}

async function openNewWorkbook(bytes: Uint8Array): Promise<NewWorkbookOutcome> {
  const { openNewWorkbook: open } = await import(/* webpackChunkName: "office-workbook" */ "../../host/office/createWorkbook");
  return open(bytes);
}

// Excel's task pane is a browser view: files it cannot open as workbooks (the web feed) are downloaded as in a browser.
async function download(data: FileData, fileName: string): Promise<void> {
  offerDownload(data, fileName);
}
