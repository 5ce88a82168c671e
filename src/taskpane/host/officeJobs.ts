import { OfficeWorkbook } from "../../host/office/officeWorkbook";
import type { WorkbookJobs } from "../work/jobs";
import { portJobs } from "../work/portJobs";
import { yieldToPage } from "../work/yieldToPage";
import { loadFileTools } from "./fileTools";

/**
 * The jobs on Excel's open workbook, in the page (Office.js runs nowhere
 * else): its batched syncs as before, and a yield to the page between each
 * step, so that progress is painted and Cancel is heard.
 */
export function officeJobs(): WorkbookJobs {
  return portJobs({ port: new OfficeWorkbook(), tools: loadFileTools, pause: yieldToPage });
}
