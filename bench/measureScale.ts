/**
 * One scale, in a process of its own so its peak memory is its own: the
 * exceljs floor, the package floor, reading the register, each core step,
 * and `report` end to end.
 */
import ExcelJS from "exceljs";
import { buildReport } from "../src/app/buildReport";
import { checkRegister } from "../src/core/checks/checkRegister";
import { readRegister } from "../src/core/register/readRegister";
import { layoutReport } from "../src/core/report/layoutReport";
import { summarize } from "../src/core/summary/summary";
import { FileWorkbook } from "../src/host/file/fileWorkbook";
import { registerSheetNames } from "../src/core/register/format";
import { generateWorkbook, SCALES } from "./generateRegister";
import { scanPackage } from "./packageFloor";
import { medianMs, printMeasurement, round } from "./timing";

export interface ScaleResult {
  scale: string;
  rows: number;
  fileKb: number;
  floorMs: number;
  /** Inflate every sheet part and tokenize every cell: what any reader must do. */
  packageFloorMs: number;
  /** The file host reading the register's sheets into the core's 2-D values. */
  readMs: number;
  readerMs: number;
  checksMs: number;
  summaryMs: number;
  layoutMs: number;
  coreMs: number;
  reportMs: number;
  peakRssMb: number;
}

async function measure(name: string): Promise<ScaleResult> {
  const scale = SCALES.find((s) => s.name === name);
  if (!scale) {
    throw new Error(`unknown scale ${name}`);
  }
  const runs = name === "L" ? 3 : name === "M" ? 5 : 9;
  const bytes = await generateWorkbook(scale);

  const packageFloorMs = await medianMs(runs, () => scanPackage(bytes));
  const readMs = await medianMs(runs, async () => (await FileWorkbook.open(bytes, `${name}.xlsx`)).readSheets(registerSheetNames()));
  const sheets = await (await FileWorkbook.open(bytes, `${name}.xlsx`)).readSheets(registerSheetNames());
  const rows = sheets.reduce((n, s) => n + s.values.length, 0);
  const readerMs = await medianMs(runs, () => readRegister(sheets));
  const checked = checkRegister(sheets);
  const checksMs = round((await medianMs(runs, () => checkRegister(sheets))) - readerMs);
  const summary = summarize(checked.register, checked.findings);
  const summaryMs = await medianMs(runs, () => summarize(checked.register, checked.findings));
  const layoutMs = await medianMs(runs, () => layoutReport(summary, checked.findings, "nb"));

  const reportMs = await medianMs(runs, async () => {
    const port = await FileWorkbook.open(bytes, `${name}.xlsx`);
    await buildReport(port, { lang: "nb" });
    await port.save();
  });

  // Last: exceljs's heap would otherwise slow what is measured after it.
  const floorMs = await medianMs(runs, async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    await wb.xlsx.writeBuffer();
  });

  return {
    scale: name,
    rows,
    fileKb: Math.round(bytes.length / 1024),
    floorMs,
    packageFloorMs,
    readMs,
    readerMs,
    checksMs: Math.max(0, checksMs),
    summaryMs,
    layoutMs,
    coreMs: round(readerMs + Math.max(0, checksMs) + summaryMs + layoutMs),
    reportMs,
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}

if (require.main === module) {
  printMeasurement(measure);
}
