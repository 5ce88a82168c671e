/**
 * `report` alone, in a process of its own: its peak memory is the report's,
 * not the exceljs floor's measured beside it.
 */
import { readFileSync } from "node:fs";
import { buildReport } from "../src/app/buildReport";
import { FileWorkbook } from "../src/host/file/fileWorkbook";
import { printMeasurement, round } from "./timing";

export interface ReportResult {
  scale: string;
  reportOnceMs: number;
  reportPeakRssMb: number;
}

// The register is made by the parent process and read from disk here, so that making it adds nothing to the peak.
async function measure(name: string): Promise<ReportResult> {
  const file = process.argv[3];
  if (!file) {
    throw new Error("measureReport needs the register file after the scale");
  }
  const bytes = new Uint8Array(readFileSync(file));
  const start = performance.now();
  const port = await FileWorkbook.open(bytes, `${name}.xlsx`);
  await buildReport(port, { lang: "nb" });
  await port.save();
  return {
    scale: name,
    reportOnceMs: round(performance.now() - start),
    reportPeakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}

if (require.main === module) {
  printMeasurement(measure);
}
