import type { Lang } from "../../core/messages/catalogue";

/** Why an output cannot be written where the command was told to write it. */
export type OutputReason =
  | "is-input" | "is-directory" | "not-directory" | "is-special" | "is-link"
  | "folder-missing" | "not-writable" | "name-too-long" | "names-collide" | "wrong-extension";

/**
 * An output the command refuses before doing any work: it would overwrite an
 * input, or it cannot be written. One line on stderr, exit code 2, nothing written.
 */
export class OutputError extends Error {
  override readonly name = "OutputError";
  constructor(readonly reason: OutputReason, readonly path: string, readonly other?: string) {
    super(`${path}: ${reason}${other ? ` (${other})` : ""}`);
  }
}

// What each kind of workbook is, for the line that names the extension it needs.
const KIND: Record<Lang, Record<string, string>> = {
  nb: { ".xlsx": "en vanlig arbeidsbok", ".xlsm": "en arbeidsbok med makroer", ".xltx": "en mal", ".xltm": "en mal med makroer", ".xlam": "et tillegg med makroer" },
  en: { ".xlsx": "an ordinary workbook", ".xlsm": "a workbook with macros", ".xltx": "a template", ".xltm": "a template with macros", ".xlam": "an add-in with macros" },
};

const LINES: Record<OutputReason, Record<Lang, (path: string, other?: string) => string>> = {
  "is-input": {
    nb: (p, o) => `${p} er samme fil som ${o}: en inndatafil blir aldri overskrevet. Velg et annet navn for --out.`,
    en: (p, o) => `${p} is the same file as ${o}: an input is never overwritten. Choose another name for --out.`,
  },
  "is-directory": {
    nb: (p) => `${p} er en mappe: --out skal være navnet på en fil.`,
    en: (p) => `${p} is a folder: --out must name a file.`,
  },
  "not-directory": {
    nb: (p) => `${p} finnes og er ikke en mappe: --out skal være en mappe.`,
    en: (p) => `${p} exists and is not a folder: --out must name a folder.`,
  },
  "is-special": {
    nb: (p) => `${p} er ikke en vanlig fil (en enhet eller et rør), og blir ikke skrevet over.`,
    en: (p) => `${p} is not a regular file (a device or a pipe) and is not overwritten.`,
  },
  "is-link": {
    nb: (p) => `${p} er en snarvei (symbolsk lenke), og blir ikke skrevet over: oppgi filen den peker på, eller et nytt navn.`,
    en: (p) => `${p} is a symbolic link and is not overwritten: name the file it points to, or a new name.`,
  },
  "folder-missing": {
    nb: (p) => `Mappen ${p} finnes ikke. Opprett den først, eller velg en annen.`,
    en: (p) => `The folder ${p} does not exist. Create it first, or choose another.`,
  },
  "not-writable": {
    nb: (p) => `Kan ikke skrive i mappen ${p}. Velg en mappe du har skrivetilgang til.`,
    en: (p) => `Cannot write to the folder ${p}. Choose a folder you can write to.`,
  },
  "name-too-long": {
    nb: (p) => `Filnavnet ${p} er for langt (over 200 byte).`,
    en: (p) => `The file name ${p} is too long (over 200 bytes).`,
  },
  "wrong-extension": {
    nb: (p, o) => `${p} må ha filtypen ${o}: arbeidsboken som skrives er ${KIND.nb[o ?? ""] ?? "av den typen"}, og Excel åpner den ikke under en annen filtype. Velg et navn som slutter på ${o}.`,
    en: (p, o) => `${p} must end in ${o}: the workbook written is ${KIND.en[o ?? ""] ?? "of that kind"}, and Excel will not open it under another extension. Choose a name ending in ${o}.`,
  },
  "names-collide": {
    nb: (p, o) => `To filer ville fått samme navn: ${p} og ${o}. Ingenting er skrevet.`,
    en: (p, o) => `Two files would get the same name: ${p} and ${o}. Nothing was written.`,
  },
};

/** The line shown for a refused output. */
export function outputMessage(e: OutputError, lang: Lang): string {
  return LINES[e.reason][lang](e.path, e.other);
}
