import { HostError } from "../../workbook/errors";
import type { Host } from "../host/host";
import type { FileData } from "../work/jobs";
import { baseName } from "./baseName";

/** Hands a finished file to the user as a download; a host without downloads says so plainly. */
export async function deliverFile(host: Host, data: FileData, fileName: string): Promise<void> {
  if (!host.download) {
    throw new HostError("This host cannot download files.", { reason: "not-offered", subject: "download" });
  }
  await host.download(data, fileName);
}

/** What a job that writes the register gives back: its bytes where the host hands the workbook over as a file. */
interface WrittenWorkbook {
  data?: FileData;
  extension?: string;
}

/**
 * Hands over the register a job wrote, where the host gives it back as a file (the
 * browser; in Excel the open workbook itself was written and there is nothing to
 * hand over): named after the open file, with the extension its content needs.
 * Returns the file's name, or undefined where nothing was handed over.
 */
export async function deliverWorkbook(
  host: Host,
  done: WrittenWorkbook,
  openName: string | undefined,
  fileName: (base: string, extension: string) => string,
): Promise<string | undefined> {
  if (!done.data) {
    return undefined;
  }
  const file = fileName(baseName(openName), done.extension ?? ".xlsx");
  await deliverFile(host, done.data, file);
  return file;
}
