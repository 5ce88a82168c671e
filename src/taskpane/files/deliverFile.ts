import { HostError } from "../../workbook/errors";
import type { Host } from "../host/host";
import type { FileData } from "../work/jobs";

/** Hands a finished file to the user as a download; a host without downloads says so plainly. */
export async function deliverFile(host: Host, data: FileData, fileName: string): Promise<void> {
  if (!host.download) {
    throw new HostError("This host cannot download files.", { reason: "not-offered", subject: "download" });
  }
  await host.download(data, fileName);
}
