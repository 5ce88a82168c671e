import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { convertWithLibreOffice } from "../charts/convertWithLibreOffice";
import { addPivotTable } from "./addPivotTable";

export const SAMPLE = join(__dirname, "..", "..", "assets", "sample-portfolio.xlsx");
// Debian's python has python3-openpyxl and python3-xlsxwriter; a python first on PATH may not.
const PYTHON = "/usr/bin/python3";
// A 1×1 PNG for the picture XlsxWriter places.
const PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

export type Writer = "LibreOffice" | "openpyxl" | "XlsxWriter" | "Gnumeric" | "LibreOffice strict";

function runTool(command: string, args: string[], what: string): void {
  const result = spawnSync(command, args, { encoding: "utf8", timeout: 170_000 });
  const failure: NodeJS.ErrnoException | undefined = result.error;
  if (failure?.code === "ENOENT") {
    throw new Error(`${command} is not installed: ${what} needs it (Debian's packages; .ci/run installs them).`);
  }
  if (result.status !== 0) {
    throw new Error(`${what} failed (exit ${result.status}): ${result.stderr || result.stdout}`);
  }
}

/**
 * The sample register as each writer saves it, made once into `dir`:
 * LibreOffice's xlsx and its "Office Open XML" filter, openpyxl (with a
 * note, a chart, a conditional format, a defined name, and a pivot table
 * added as Excel stores one), XlsxWriter (a table, a chart, a picture, a
 * dropdown), Gnumeric's ssconvert.
 */
export async function makeWriterFiles(dir: string, writers: readonly Writer[]): Promise<Map<Writer, string>> {
  const files = new Map<Writer, string>();
  const sample = new Uint8Array(readFileSync(SAMPLE));
  for (const writer of writers) {
    const out = join(dir, `${writer.replace(/\s/g, "-")}.xlsx`);
    switch (writer) {
      case "LibreOffice":
        writeFileSync(out, convertWithLibreOffice(sample, "xlsx", "register.xlsx"));
        break;
      case "LibreOffice strict":
        writeFileSync(out, convertWithLibreOffice(sample, "xlsx:Calc Office Open XML", "register.xlsx"));
        break;
      case "openpyxl":
        runTool(PYTHON, [join(__dirname, "withOpenpyxl.py"), SAMPLE, out], "openpyxl (python3-openpyxl)");
        writeFileSync(out, await addPivotTable(new Uint8Array(readFileSync(out))));
        break;
      case "XlsxWriter": {
        const png = join(dir, "picture.png");
        writeFileSync(png, Buffer.from(PNG, "base64"));
        runTool(PYTHON, [join(__dirname, "withXlsxwriter.py"), SAMPLE, out, png], "XlsxWriter (python3-xlsxwriter)");
        break;
      }
      case "Gnumeric":
        runTool("ssconvert", ["--export-type=Gnumeric_Excel:xlsx2", SAMPLE, out], "Gnumeric (ssconvert)");
        break;
    }
    files.set(writer, out);
  }
  return files;
}
