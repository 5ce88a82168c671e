import "./textCodecs";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildReport } from "../../src/app/buildReport";
import type { Summary } from "../../src/core/summary/summary";
import { FileWorkbook } from "../../src/host/file/fileWorkbook";

const SAMPLE = join(__dirname, "..", "..", "assets", "sample-portfolio.xlsx");

/** The sample register's report workbook as the report command writes it, with the summary behind it. */
export async function buildSampleReport(lang: "nb" | "en" = "nb"): Promise<{ bytes: Uint8Array; summary: Summary }> {
  const port = await FileWorkbook.open(new Uint8Array(readFileSync(SAMPLE)), SAMPLE);
  const { summary } = await buildReport(port, { lang });
  return { bytes: await port.save(), summary };
}
