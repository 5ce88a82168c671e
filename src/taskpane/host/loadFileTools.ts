import type { FileTools } from "./fileTools";

/** Loads the file tools (the package reader and writer, with the chart writer) on first use, so the pane starts small. */
export async function loadFileTools(): Promise<FileTools> {
  const { FILE_TOOLS } = await import(/* webpackChunkName: "workbook" */ "./fileToolsImpl");
  return FILE_TOOLS;
}
