import type { Lang } from "./catalogue";

/** One plain line per reason a file is unusable, in both languages. */
const LINES: Record<string, Record<Lang, (file: string, detail?: string) => string>> = {
  missing: { nb: (f) => `Finner ikke filen ${f}.`, en: (f) => `Cannot find the file ${f}.` },
  empty: { nb: (f) => `Filen ${f} er tom.`, en: (f) => `The file ${f} is empty.` },
  "not-xlsx": {
    nb: (f, d) => `${f} er ikke en Excel-arbeidsbok (.xlsx)${d ? ` (${d})` : ""}.`,
    en: (f, d) => `${f} is not an Excel workbook (.xlsx)${d ? ` (${d})` : ""}.`,
  },
  encrypted: {
    nb: (f) => `${f} er passordbeskyttet eller en gammel .xls-fil; lagre den som .xlsx uten passord.`,
    en: (f) => `${f} is password-protected or an old .xls file; save it as .xlsx without a password.`,
  },
  "too-large": {
    nb: (f, d) => `${f} er for stor (${d}).`,
    en: (f, d) => `${f} is too large (${d}).`,
  },
  "too-many-cells": {
    nb: (f, d) => `${f} har for mange celler (${d}).`,
    en: (f, d) => `${f} has too many cells (${d}).`,
  },
  strict: {
    nb: (f) => `${f} er lagret som «Strict Open XML», som kan leses, men ikke skrives i; lagre den som vanlig Excel-arbeidsbok (.xlsx).`,
    en: (f) => `${f} is saved as Strict Open XML, which can be read but not written to; save it as an ordinary Excel workbook (.xlsx).`,
  },
  unreadable: {
    nb: (f, d) => `${f} kan ikke leses som arbeidsbok${d ? `: ${d}` : ""}.`,
    en: (f, d) => `${f} cannot be read as a workbook${d ? `: ${d}` : ""}.`,
  },
};

/** The line shown for an unusable file. */
export function unusableMessage(reason: string, file: string, lang: Lang, detail?: string): string {
  const line = LINES[reason] ?? LINES.unreadable;
  return line[lang](file, detail);
}
