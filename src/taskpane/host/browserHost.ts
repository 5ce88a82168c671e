import type { Lang } from "../../core/messages/catalogue";
import type { Host, OpenWorkbook } from "./host";

/**
 * The page outside Office: the user opens an .xlsx, which is read and written
 * in memory with exceljs. exceljs (and the chart writer) load on the first
 * open, so the page itself starts small.
 */
export function browserHost(lang: Lang, theme: Host["theme"]): Host {
  return { mode: "browser", lang, theme, selectsCells: false, openFile };
}

async function openFile(file: File): Promise<OpenWorkbook> {
  const [{ BrowserWorkbook }, { offerDownload }] = await Promise.all([
    import(/* webpackChunkName: "workbook" */ "../../host/browser/browserWorkbook"),
    import(/* webpackChunkName: "workbook" */ "../../host/browser/offerDownload"),
  ]);
  const bytes = new Uint8Array(await file.arrayBuffer());
  const workbook = await BrowserWorkbook.open(bytes, file.name);
  return {
    port: workbook,
    name: file.name,
    download: async (fileName) => offerDownload(await workbook.save(), fileName),
  };
}
