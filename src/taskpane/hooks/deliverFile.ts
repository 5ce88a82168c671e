import { HostError } from "../../workbook/errors";
import type { Host } from "../host/host";
import type { Texts } from "../i18n/texts";
import type { FileData } from "../work/jobs";

/** Hands a finished file to the user as a download; a host without downloads says so plainly. */
export async function deliverFile(host: Host, data: FileData, fileName: string, t: Texts): Promise<void> {
  if (!host.download) throw new HostError(t.notOffered);
  await host.download(data, fileName);
}
