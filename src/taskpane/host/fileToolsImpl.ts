import JSZip from "jszip";
import { createCouncilWorkbook } from "../../host/file/councilWorkbook";
import { FileWorkbook } from "../../host/file/fileWorkbook";
import { writeTemplateWorkbook } from "../../host/file/writeTemplate";
import type { FileTools } from "./fileTools";

/** The file tools on exceljs and jszip; imported only through loadFileTools. */
export const FILE_TOOLS: FileTools = {
  openWorkbook: (bytes, name) => FileWorkbook.open(bytes, name),
  writeTemplateWorkbook,
  newCouncilWorkbook: (made) => createCouncilWorkbook(made),
  zip: async (files) => {
    const zip = new JSZip();
    for (const [name, content] of Object.entries(files)) zip.file(name, content);
    return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  },
};
