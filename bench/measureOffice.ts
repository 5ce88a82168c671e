/**
 * Round trips to Excel for "check" and "build report", through the Office
 * adapter and the test double of the Excel object model (Excel itself cannot
 * run here). Counts context.sync() calls and the bytes each one moves.
 */
import { buildReport } from "../src/app/buildReport";
import { checkWorkbook } from "../src/app/checkWorkbook";
import { toExcelSerial, type IsoDate } from "../src/core/register/dates";
import { OfficeWorkbook } from "../src/host/office/officeWorkbook";
import { FakeExcel } from "../test/office/double";
import { generateRows, SCALES } from "./generateRegister";
import { printMeasurement } from "./timing";

export interface OfficeResult {
  scale: string;
  syncs: { check: number; build: number };
  /** Bytes moved by all syncs of "build report", requests and responses. */
  syncBytes: number;
  /** The largest request or response of one sync, either command. */
  maxSyncBytes: number;
}

type Scalar = string | number | boolean | null;

/** Excel hands dates to add-ins as serial numbers; the double gets them the same way. */
function asExcelValue(v: unknown): Scalar {
  if (v instanceof Date) {
    return toExcelSerial(v.toISOString().slice(0, 10) as IsoDate);
  }
  return v as Scalar;
}

async function measure(name: string): Promise<OfficeResult> {
  const scale = SCALES.find((s) => s.name === name);
  if (!scale) {
    throw new Error(`unknown scale ${name}`);
  }
  // Counted where Excel takes ranges of missing sheets as null objects; docs/office-addin.md gives the count where it refuses them.
  const excel = new FakeExcel(undefined, "propagate");
  for (const [sheet, rows] of Object.entries(generateRows(scale))) {
    excel.addSheet(
      sheet,
      rows.map((r) => r.map(asExcelValue)),
    );
  }
  const workbook = new OfficeWorkbook(excel.run);
  await checkWorkbook(workbook);
  const check = excel.syncs.length;
  await buildReport(workbook, { lang: "nb" });
  const buildSyncs = excel.syncs.slice(check);
  return {
    scale: name,
    syncs: { check, build: buildSyncs.length },
    syncBytes: buildSyncs.reduce((n, s) => n + s.requestBytes + s.responseBytes, 0),
    maxSyncBytes: Math.max(...excel.syncs.map((s) => Math.max(s.requestBytes, s.responseBytes))),
  };
}

if (require.main === module) {
  printMeasurement(measure);
}
