import { useCallback, useState } from "react";
import { APP_VERSION } from "../appVersion";
import type { HostInfo } from "../host/host";
import { useHost } from "../host/HostContext";
import { useTexts } from "../i18n/LangContext";
import type { PaneText } from "../i18n/texts";
import { copyText } from "../text/copyText";
import { describeError, errorCode } from "../text/describeError";
import { useLastError, type LastError } from "./LastErrorContext";

/** One line of "Om tillegget": what it is, and its value. */
export interface AboutLine {
  label: string;
  value: string;
}

export interface AboutState {
  lines: AboutLine[];
  /** The lines as plain text, the way they are pasted into a support request. */
  text: string;
  copy: () => Promise<void>;
  copied?: "done" | "failed";
}

/** "Om tillegget": version, where the pane runs, what Excel supports, the last error; and "Kopier". */
export function useAbout(): AboutState {
  const host = useHost();
  const { lang, t } = useTexts();
  const { last } = useLastError();
  const [copied, setCopied] = useState<AboutState["copied"]>();
  const lines = aboutLines(host.info, host.mode, last, t, lang);
  const text = [`${t.appTitle} ${APP_VERSION}`, ...lines.map((l) => `${l.label}: ${l.value}`)].join("\n");
  const copy = useCallback(async () => setCopied((await copyText(text)) ? "done" : "failed"), [text]);
  return { lines, text, copy, copied };
}

function aboutLines(
  info: HostInfo | undefined,
  mode: "office" | "browser",
  last: LastError | undefined,
  t: PaneText,
  lang: "nb" | "en",
): AboutLine[] {
  const lines: AboutLine[] = [{ label: t.aboutVersion, value: APP_VERSION }];
  lines.push({ label: t.aboutHost, value: mode === "browser" ? t.aboutBrowser : (info?.host ?? "Excel") });
  lines.push({ label: t.aboutPlatform, value: info?.platform || t.aboutUnknown });
  if (mode === "office") {
    lines.push({ label: t.aboutBuild, value: info?.build ?? t.aboutUnknown });
    const sets = info?.excelApi ?? [];
    const supported = sets.filter((s) => s.supported).map((s) => s.set);
    const missing = sets.filter((s) => !s.supported).map((s) => s.set);
    const parts = [
      supported.length > 0 ? t.aboutSupported(spans(supported)) : "",
      missing.length > 0 ? t.aboutNotSupported(spans(missing)) : "",
    ];
    lines.push({ label: t.aboutExcelApi, value: parts.filter(Boolean).join("; ") || t.aboutUnknown });
  }
  lines.push({ label: t.aboutLastError, value: last ? lastErrorText(last, lang) : t.aboutNoError });
  return lines;
}

function lastErrorText(last: LastError, lang: "nb" | "en"): string {
  const code = errorCode(last.error);
  return `${code ? `${code}: ` : ""}${describeError(last.error, lang)} (${last.at.toISOString()})`;
}

/** "1.1", "1.2", "1.3", "1.5" → "1.1–1.3, 1.5": requirement sets read as runs. */
function spans(sets: readonly string[]): string {
  const minor = (s: string) => Number(s.split(".")[1]);
  const runs: string[][] = [];
  for (const set of sets) {
    const run = runs[runs.length - 1];
    if (run && minor(set) === minor(run[run.length - 1]) + 1) {
      run.push(set);
    } else {
      runs.push([set]);
    }
  }
  return runs.map((r) => (r.length > 1 ? `${r[0]}–${r[r.length - 1]}` : r[0])).join(", ");
}
