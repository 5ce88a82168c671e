import { chooseLang } from "../i18n/chooseLang";
import { browserHost } from "./browserHost";
import { describeBrowser } from "./describeOffice";
import type { Host } from "./host";

/** The page outside Office, in the browser's language and colour scheme. */
export function standaloneHost(): Host {
  return { ...browserHost(chooseLang(navigator.language), prefersDark() ? "dark" : "light"), info: describeBrowser() };
}

function prefersDark(): boolean {
  return typeof window.matchMedia === "function" && window.matchMedia("(prefers-color-scheme: dark)").matches;
}
