import type { Catalogue, Lang } from "./catalogue";

/** Why a file cannot be used at all (rather than holding findings). */
export type UnusableReason = "missing" | "empty" | "not-xlsx" | "encrypted" | "too-large" | "too-many-cells" | "unreadable" | "strict";

/** The line for each reason: the file's name, and what the host found (a limit, a damaged part). */
export type UnusableLines = { readonly [R in UnusableReason]: (file: string, detail?: string) => string };

/** One plain line per reason a file is unusable, in each language. */
export const UNUSABLE_LINES: Catalogue<UnusableLines> = {
  nb: {
    missing: (f) => `Finner ikke filen ${f}.`,
    empty: (f) => `Filen ${f} er tom.`,
    "not-xlsx": (f, d) => `${f} er ikke en Excel-arbeidsbok (.xlsx)${d ? ` (${d})` : ""}.`,
    encrypted: (f) => `${f} er passordbeskyttet eller en gammel .xls-fil; lagre den som .xlsx uten passord.`,
    "too-large": (f, d) => `${f} er for stor (${d}).`,
    "too-many-cells": (f, d) => `${f} har for mange celler (${d}).`,
    strict: (f) =>
      `${f} er lagret som «Strict Open XML», som kan leses, men ikke skrives i; lagre den som vanlig Excel-arbeidsbok (.xlsx).`,
    unreadable: (f, d) => `${f} kan ikke leses som arbeidsbok${d ? `: ${d}` : ""}.`,
  },
  en: {
    missing: (f) => `Cannot find the file ${f}.`,
    empty: (f) => `The file ${f} is empty.`,
    "not-xlsx": (f, d) => `${f} is not an Excel workbook (.xlsx)${d ? ` (${d})` : ""}.`,
    encrypted: (f) => `${f} is password-protected or an old .xls file; save it as .xlsx without a password.`,
    "too-large": (f, d) => `${f} is too large (${d}).`,
    "too-many-cells": (f, d) => `${f} has too many cells (${d}).`,
    strict: (f) => `${f} is saved as Strict Open XML, which can be read but not written to; save it as an ordinary Excel workbook (.xlsx).`,
    unreadable: (f, d) => `${f} cannot be read as a workbook${d ? `: ${d}` : ""}.`,
  },
};

/** The line shown for an unusable file. */
export function unusableMessage(reason: UnusableReason, file: string, lang: Lang, detail?: string): string {
  // A reason from another copy of the code (an error crossing a worker boundary) may be one this copy lacks.
  const line = UNUSABLE_LINES[lang][reason] ?? UNUSABLE_LINES[lang].unreadable;
  return line(file, detail);
}
