import { chooseLang } from "../i18n/chooseLang";
import { describeOffice, type OfficeFacts } from "./describeOffice";
import type { Host, HostInfo } from "./host";
import { officeHost } from "./officeHost";
import { standaloneHost } from "./standaloneHost";

// Outside Office, office.js answers onReady at once with no host; this only guards a stalled load.
const OFFICE_READY_TIMEOUT_MS = 5000;

/** Finds out where the page runs: in Excel when office.js loaded and reports the Excel host, else in a browser. */
export async function startHost(): Promise<Host> {
  const host = await officeHostType();
  if (host === "Excel") {
    return officeHost(chooseLang(Office.context.displayLanguage), officeThemeOf(currentOfficeTheme()), officeFacts());
  }
  return standaloneHost();
}

// Office.context.diagnostics and requirements exist on every platform the manifest allows; a stand-in may lack them.
function officeFacts(): HostInfo {
  let diagnostics: OfficeFacts["diagnostics"];
  try {
    diagnostics = Office.context.diagnostics;
  } catch {
    diagnostics = undefined;
  }
  return describeOffice({ diagnostics, isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version) });
}

async function officeHostType(): Promise<string | null> {
  // office.js comes from Microsoft's CDN; where it could not load (taskpane.html's onerror), this is a plain browser page.
  if ((window as { officeJsFailed?: boolean }).officeJsFailed || typeof Office === "undefined" || typeof Office.onReady !== "function") {
    return null;
  }
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), OFFICE_READY_TIMEOUT_MS));
  const ready = Office.onReady().then(
    (info) => (info.host ? String(info.host) : null),
    () => null,
  );
  return Promise.race([ready, timeout]);
}

/** Dark when Office's task pane background is dark (the officeTheme colours, where Office gives them). */
export function officeThemeOf(theme: Partial<Office.OfficeTheme> | undefined): Host["theme"] {
  const background = theme?.bodyBackgroundColor;
  if (!background || !/^#?[0-9a-f]{6}$/i.test(background)) {
    return "light";
  }
  const hex = background.replace("#", "");
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.5 ? "dark" : "light";
}

// Some Office platforms have no officeTheme and some throw on reading it; either way the light theme is right.
function currentOfficeTheme(): Office.OfficeTheme | undefined {
  try {
    return Office.context.officeTheme;
  } catch {
    return undefined;
  }
}
