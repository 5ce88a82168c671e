import { FileWorkbook } from "../host/file/fileWorkbook";
import { readInputFile } from "../host/file/nodeFiles";
import { UsageError } from "./usageProblem";

/** Opens the one input workbook a command names. The file itself is only read. */
export async function openInput(files: readonly string[]): Promise<FileWorkbook> {
  if (files.length !== 1) {
    throw new UsageError(files.length === 0 ? { kind: "no-input" } : { kind: "one-input" });
  }
  return FileWorkbook.open(readInputFile(files[0]), files[0]);
}
