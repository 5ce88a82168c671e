import type { Lang } from "../../core/messages/catalogue";
import { loadFileTools } from "./fileTools";
import type { Host, OpenWorkbook } from "./host";

/**
 * The page outside Office: the user opens an .xlsx, which is read and written
 * in memory as a package. The file tools load on the first open, so the page
 * itself starts small; exceljs loads only when template workbooks are made.
 */
export function browserHost(lang: Lang, theme: Host["theme"]): Host {
  return { mode: "browser", lang, theme, selectsCells: false, openFile, fileTools: loadFileTools, download };
}

async function openFile(file: File): Promise<OpenWorkbook> {
  // The file is read while the file tools load.
  const [{ openWorkbook }, buffer] = await Promise.all([loadFileTools(), file.arrayBuffer()]);
  const bytes = new Uint8Array(buffer);
  const workbook = await openWorkbook(bytes, file.name);
  return {
    port: workbook,
    name: file.name,
    download: async (fileName) => download(await workbook.save(), fileName),
  };
}

async function download(bytes: Uint8Array, fileName: string): Promise<void> {
  const { offerDownload } = await import(/* webpackChunkName: "workbook" */ "../../host/browser/offerDownload");
  offerDownload(bytes, fileName);
}
