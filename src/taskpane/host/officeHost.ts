import type { Lang } from "../../core/messages/catalogue";
import type { Host, OpenWorkbook } from "./host";

/** Inside Excel: the pane works on the open workbook through Office.js. */
export function officeHost(lang: Lang, theme: Host["theme"]): Host {
  return { mode: "office", lang, theme, selectsCells: true, openCurrent };
}

async function openCurrent(): Promise<OpenWorkbook> {
  const { OfficeWorkbook } = await import(/* webpackChunkName: "office-workbook" */ "../../host/office/officeWorkbook");
  return { port: new OfficeWorkbook() };
}
