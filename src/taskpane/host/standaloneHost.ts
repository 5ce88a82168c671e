import type { Lang } from "../../core/messages/catalogue";
import { chooseLang } from "../i18n/chooseLang";
import { browserHost } from "./browserHost";
import { describeBrowser } from "./describeOffice";
import type { Host } from "./host";

/** Where the browser keeps the user's choice of language. */
export const LANG_KEY = "eportefolje.lang";

/** The page outside Office: the language last chosen here, else the browser's; the browser's colour scheme. */
export function standaloneHost(): Host {
  const host = browserHost(savedLang() ?? chooseLang(navigator.language), prefersDark() ? "dark" : "light");
  return { ...host, rememberLang, info: describeBrowser() };
}

function prefersDark(): boolean {
  return typeof window.matchMedia === "function" && window.matchMedia("(prefers-color-scheme: dark)").matches;
}

// Storage may be refused (private windows, blocked cookies): then the choice lasts for this visit only.
function savedLang(): Lang | undefined {
  try {
    const saved = window.localStorage.getItem(LANG_KEY);
    return saved === "nb" || saved === "en" ? saved : undefined;
  } catch {
    return undefined;
  }
}

function rememberLang(lang: Lang): void {
  try {
    window.localStorage.setItem(LANG_KEY, lang);
  } catch {
    // See savedLang.
  }
}
