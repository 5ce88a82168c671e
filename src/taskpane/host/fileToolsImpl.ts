import { createCouncilWorkbook } from "../../host/file/councilWorkbook";
import { FileWorkbook } from "../../host/file/fileWorkbook";
import { writeZip } from "../../host/file/package/writeZip";
import type { FileTools } from "./fileTools";

/**
 * The file tools on the package layer: in Excel loaded on first use by loadFileTools,
 * in the browser imported by the file worker, which runs apart from the page.
 * Template workbooks are new workbooks built with exceljs, which loads (as a
 * chunk of its own) only when templates are made.
 */
export const FILE_TOOLS: FileTools = {
  openWorkbook: (bytes, name) => FileWorkbook.open(bytes, name),
  writeTemplateWorkbook: async (book) => {
    const { writeTemplateWorkbook } = await import(/* webpackChunkName: "template-writer" */ "../../host/file/writeTemplate");
    return writeTemplateWorkbook(book);
  },
  newCouncilWorkbook: (made) => createCouncilWorkbook(made),
  zip: async (files) => {
    const encoder = new TextEncoder();
    return writeZip(
      Object.entries(files).map(([name, content]) => ({
        kind: "new",
        name,
        data: typeof content === "string" ? encoder.encode(content) : content,
      })),
    );
  },
};
