import type { HostInfo } from "./host";

/** The ExcelApi sets the diagnostics list: 1.1 to 1.17. */
export const EXCEL_API_SETS = Array.from({ length: 17 }, (_, i) => `1.${i + 1}`);

/** What Office is to hand to a support request: host, platform, build and the ExcelApi sets it supports. */
export interface OfficeFacts {
  diagnostics?: { host?: unknown; platform?: unknown; version?: unknown };
  isSetSupported: (name: string, version: string) => boolean;
}

/** The pane's account of the Excel it runs in; what Office cannot tell is left out rather than guessed. */
export function describeOffice(office: OfficeFacts): HostInfo {
  const d = office.diagnostics;
  return {
    host: typeof d?.host === "string" ? d.host : "Excel",
    platform: typeof d?.platform === "string" ? d.platform : "",
    build: typeof d?.version === "string" ? d.version : undefined,
    excelApi: EXCEL_API_SETS.map((set) => ({ set, supported: safely(() => office.isSetSupported("ExcelApi", set)) })),
  };
}

/** The page outside Office: the browser, as the browser names its platform. */
export function describeBrowser(): HostInfo {
  const platform = typeof navigator === "undefined" ? "" : navigator.userAgent;
  return { host: "browser", platform, excelApi: [] };
}

function safely(ask: () => boolean): boolean {
  try {
    return ask() === true;
  } catch {
    return false;
  }
}
