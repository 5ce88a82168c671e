import type { Catalogue, Lang } from "../core/messages/catalogue";
import { listText } from "../core/messages/listText";
import type { CommandName, OptionName } from "./commandSpec";
import type { HostFailure } from "../workbook/errors";
import type { OutputReason } from "./output/outputError";
import { COMMAND_SPECS } from "./commandSpec";
import type { CheckedOption, UsageProblem, UsageProblemText } from "./usageProblem";

/** Every text the command line prints, one set per language (the option --lang chooses). */
export interface CliText {
  error: string;
  warning: string;
  row: string;
  period: string;
  /** The heading of findings that belong to no sheet. */
  workbook: string;
  /** A check's totals, with singular and plural. */
  counts: (errors: number, warnings: number) => string;
  ok: string;
  imported: string;
  unchanged: string;
  rejected: string;
  rows: string;
  importDone: (out: string, imported: number, rejected: number) => string;
  reportWritten: (out: string, sheets: string, errors: number, warnings: number) => string;
  councilWritten: (out: string, sheets: string, errors: number, warnings: number) => string;
  feedWritten: (files: string, out: string, rows: number, period: string, errors: number, warnings: number) => string;
  /** The web pages the feed wrote, counted. */
  pages: (count: number) => string;
  templatesWritten: (count: number, period: string, previous: string, out: string, errors: number, warnings: number) => string;
  /** One line for each reason an output is refused. */
  output: { readonly [R in OutputReason]: (path: string, other?: string) => string };
  /** One line for each way the workbook host refused to write: `message` is the host's own words, in English. */
  hostFailure: { readonly [R in HostFailure]: (subject: string, message: string, others: readonly string[]) => string };
  /** The line before the usage, for each way a call can be wrong. */
  usageProblem: UsageProblemText;
  /** `--help`: what each command does and each option means. */
  help: {
    tool: string;
    usage: string;
    commandsHeading: string;
    optionsHeading: string;
    more: string;
    commands: { readonly [C in CommandName]: string };
    options: { readonly [O in OptionName]: string };
  };
}

// What each kind of workbook is, for the line that names the extension it needs.
const WORKBOOK_KIND: Catalogue<Record<string, string>> = {
  nb: {
    ".xlsx": "en vanlig arbeidsbok",
    ".xlsm": "en arbeidsbok med makroer",
    ".xltx": "en mal",
    ".xltm": "en mal med makroer",
    ".xlam": "et tillegg med makroer",
  },
  en: {
    ".xlsx": "an ordinary workbook",
    ".xlsm": "a workbook with macros",
    ".xltx": "a template",
    ".xltm": "a template with macros",
    ".xlam": "an add-in with macros",
  },
};

// What an option whose value is read here takes, for the line that refuses a value.
const CHECKED_VALUE: Catalogue<Record<CheckedOption, string>> = {
  nb: {
    lang: "nb eller en",
    period: "et kvartal som 2023-Q2",
    year: "et år 2000–2100 som 2024",
    deadline: "en dato som 2023-03-30 eller 30.03.2023",
  },
  en: {
    lang: "nb or en",
    period: "a quarter such as 2023-Q2",
    year: "a year 2000–2100 such as 2024",
    deadline: "a date such as 2023-03-30 or 30.03.2023",
  },
};

// What --out names for a command, as its synopsis writes it (<report.xlsx>, <folder> …).
function outPlaceholder(command: CommandName): string {
  return /--out (\S+)/.exec(COMMAND_SPECS[command].synopsis)?.[1] ?? "";
}

export const CLI_TEXT: Catalogue<CliText> = {
  nb: {
    error: "FEIL",
    warning: "ADVARSEL",
    row: "rad",
    period: "periode",
    workbook: "Arbeidsboken",
    counts: (e, w) => `${e} feil, ${w} ${w === 1 ? "advarsel" : "advarsler"}`,
    ok: "Ingen feil eller advarsler.",
    imported: "importert",
    unchanged: "importert, ingen endringer",
    rejected: "avvist",
    rows: "rader",
    importDone: (out, ok, bad) => `Skrev ${out}: ${ok} importert, ${bad} avvist`,
    reportWritten: (out, sheets, e, w) => `Skrev ${out}: ${sheets} (${e} feil, ${w} advarsler)`,
    councilWritten: (out, sheets, e, w) => `Skrev ${out}: ${sheets} (registeret har ${e} feil, ${w} advarsler)`,
    feedWritten: (files, out, rows, period, e, w) =>
      `Skrev ${files} i ${out}: ${rows} tiltak, periode ${period} (registeret har ${e} feil, ${w} advarsler)`,
    pages: (n) => `${n} ${n === 1 ? "nettside" : "nettsider"}`,
    templatesWritten: (n, period, previous, out, e, w) =>
      `Skrev ${n} maler for ${period} (fylt ut fra ${previous}) i ${out} (registeret har ${e} feil, ${w} advarsler)`,
    output: {
      "is-input": (p, o) => `${p} er samme fil som ${o}: en inndatafil blir aldri overskrevet. Velg et annet navn for --out.`,
      "is-directory": (p) => `${p} er en mappe: --out skal være navnet på en fil.`,
      "not-directory": (p) => `${p} finnes og er ikke en mappe: --out skal være en mappe.`,
      "is-special": (p) => `${p} er ikke en vanlig fil (en enhet eller et rør), og blir ikke skrevet over.`,
      "is-link": (p) => `${p} er en snarvei (symbolsk lenke), og blir ikke skrevet over: oppgi filen den peker på, eller et nytt navn.`,
      "folder-missing": (p) => `Mappen ${p} finnes ikke. Opprett den først, eller velg en annen.`,
      "not-writable": (p) => `Kan ikke skrive i mappen ${p}. Velg en mappe du har skrivetilgang til.`,
      "name-too-long": (p) => `Filnavnet ${p} er for langt (over 200 byte).`,
      "names-collide": (p, o) => `To filer ville fått samme navn: ${p} og ${o}. Ingenting er skrevet.`,
      "wrong-extension": (p, o) =>
        `${p} må ha filtypen ${o}: arbeidsboken som skrives er ${WORKBOOK_KIND.nb[o ?? ""] ?? "av den typen"}, og Excel åpner den ikke under en annen filtype. Velg et navn som slutter på ${o}.`,
    },
    hostFailure: {
      refused: (_subject, message) => `Arbeidsboka kunne ikke skrives: ${message}. Ingenting er skrevet.`,
      "not-offered": (subject) => `Dette kan ikke gjøres med en fil (${subject}). Ingenting er skrevet.`,
      "sheet-missing": (sheet) => `Arbeidsboka har ikke arket ${sheet}. Ingenting er skrevet.`,
      "sheet-exists": (sheet, _message, others) =>
        others.length === 0
          ? `Arbeidsboka har allerede et ark som heter ${sheet}: gi det et annet navn i Excel. Ingenting er skrevet.`
          : `Arbeidsboka har allerede ark som heter ${listText([sheet, ...others], "og")}: gi dem andre navn eller slett dem i Excel. Ingenting er skrevet.`,
      damaged: (part) =>
        `Arbeidsboka er skadet: ${part} er ikke som ventet. Åpne og lagre den i Excel, og prøv igjen. Ingenting er skrevet.`,
    },
    usageProblem: {
      "missing-command": () => "kommandoen mangler",
      "unknown-command": (p) => `ukjent kommando ${p.command}`,
      "unknown-option": (p) => `ukjent valg ${p.option}${p.command ? ` for ${p.command}` : ""}`,
      "takes-no-value": (p) => `${p.option} tar ingen verdi`,
      "needs-value": (p) => `${p.option} trenger en verdi`,
      "bad-value": (p) => `--${p.option} tar ${CHECKED_VALUE.nb[p.option]}, ikke ${p.value}`,
      "needs-out": (p) => `${p.command} trenger --out ${outPlaceholder(p.command)}`,
      "needs-json": (p) => `${p.command} skriver JSON: legg til --json`,
      "no-input": () => "oppgi arbeidsboka som skal leses",
      "one-input": () => "oppgi én arbeidsbok",
      "no-templates": () => "oppgi registeret og deretter én eller flere utfylte maler",
      "no-periods": () => "registeret har ingen perioder ennå: oppgi en med --period, for eksempel 2023-Q3",
      other: (p) => p.message,
    },
    help: {
      tool: "Kontroll, tall, rapport, maler og eksport for registeret til Nasjonal e-helseportefølje.",
      usage: "Bruk",
      commandsHeading: "Kommandoer",
      optionsHeading: "Valg",
      more: "Skriv <kommando> --help for valgene til en kommando. Avslutningskoder: 0 i orden, 1 feil i arbeidsboken, 2 ubrukelig inndata eller feil bruk.",
      commands: {
        check: "kontrollerer et register eller en utfylt rapportmal og lister alle funn ved cellen",
        summary: "skriver nøkkeltallene for en periode som JSON",
        report: "skriver registeret med rapportarkene og diagrammene til en ny fil",
        templates: "lager én rapportmal per tiltak i en mappe",
        import: "leser utfylte maler inn i en ny kopi av registeret",
        council: "skriver en arbeidsbok med bare rapportarkene, til rådet",
        feed: "skriver sammendraget, tiltakene og veikartet som JSON og CSV, og nettsidene, til nettsiden",
      },
      options: {
        json: "skriv funn eller tall som JSON",
        period: "perioden, for eksempel 2023-Q2 (ellers den siste i registeret)",
        year: "året veikartet (Tiltak for <år>) gjelder, for eksempel 2024 (ellers året etter perioden)",
        deadline:
          "rapporteringsfristen for perioden, for eksempel 2023-03-30: rapporter levert etter den står som sene (ellers fristen i Kodeverk-listen Frist)",
        lang: "språket i meldinger og ark: nb (standard) eller en",
        out: "filen eller mappen som skrives",
        help: "vis denne hjelpen",
        version: "vis versjonen",
      },
    },
  },
  en: {
    error: "ERROR",
    warning: "WARNING",
    row: "row",
    period: "period",
    workbook: "Workbook",
    counts: (e, w) => `${e} ${e === 1 ? "error" : "errors"}, ${w} ${w === 1 ? "warning" : "warnings"}`,
    ok: "No errors or warnings.",
    imported: "imported",
    unchanged: "imported, no changes",
    rejected: "rejected",
    rows: "rows",
    importDone: (out, ok, bad) => `Wrote ${out}: ${ok} imported, ${bad} rejected`,
    reportWritten: (out, sheets, e, w) => `Wrote ${out}: ${sheets} (${e} errors, ${w} warnings)`,
    councilWritten: (out, sheets, e, w) => `Wrote ${out}: ${sheets} (the register has ${e} errors, ${w} warnings)`,
    feedWritten: (files, out, rows, period, e, w) =>
      `Wrote ${files} to ${out}: ${rows} initiatives, period ${period} (the register has ${e} errors, ${w} warnings)`,
    pages: (n) => `${n} web ${n === 1 ? "page" : "pages"}`,
    templatesWritten: (n, period, previous, out, e, w) =>
      `Wrote ${n} templates for ${period} (filled in from ${previous}) to ${out} (the register has ${e} errors, ${w} warnings)`,
    output: {
      "is-input": (p, o) => `${p} is the same file as ${o}: an input is never overwritten. Choose another name for --out.`,
      "is-directory": (p) => `${p} is a folder: --out must name a file.`,
      "not-directory": (p) => `${p} exists and is not a folder: --out must name a folder.`,
      "is-special": (p) => `${p} is not a regular file (a device or a pipe) and is not overwritten.`,
      "is-link": (p) => `${p} is a symbolic link and is not overwritten: name the file it points to, or a new name.`,
      "folder-missing": (p) => `The folder ${p} does not exist. Create it first, or choose another.`,
      "not-writable": (p) => `Cannot write to the folder ${p}. Choose a folder you can write to.`,
      "name-too-long": (p) => `The file name ${p} is too long (over 200 bytes).`,
      "names-collide": (p, o) => `Two files would get the same name: ${p} and ${o}. Nothing was written.`,
      "wrong-extension": (p, o) =>
        `${p} must end in ${o}: the workbook written is ${WORKBOOK_KIND.en[o ?? ""] ?? "of that kind"}, and Excel will not open it under another extension. Choose a name ending in ${o}.`,
    },
    hostFailure: {
      refused: (_subject, message) => `The workbook could not be written: ${message}. Nothing was written.`,
      "not-offered": (subject) => `This cannot be done with a file (${subject}). Nothing was written.`,
      "sheet-missing": (sheet) => `The workbook has no sheet named ${sheet}. Nothing was written.`,
      "sheet-exists": (sheet, _message, others) =>
        others.length === 0
          ? `The workbook already has a sheet named ${sheet}: rename it in Excel. Nothing was written.`
          : `The workbook already has sheets named ${listText([sheet, ...others], "and")}: rename or delete them in Excel. Nothing was written.`,
      damaged: (part) =>
        `The workbook is damaged: ${part} is not as expected. Open and save it in Excel, then try again. Nothing was written.`,
    },
    usageProblem: {
      "missing-command": () => "missing command",
      "unknown-command": (p) => `unknown command ${p.command}`,
      "unknown-option": (p) => `unknown option ${p.option}${p.command ? ` for ${p.command}` : ""}`,
      "takes-no-value": (p) => `${p.option} takes no value`,
      "needs-value": (p) => `${p.option} needs a value`,
      "bad-value": (p) => `--${p.option} takes ${CHECKED_VALUE.en[p.option]}, not ${p.value}`,
      "needs-out": (p) => `${p.command} needs --out ${outPlaceholder(p.command)}`,
      "needs-json": (p) => `${p.command} prints JSON: add --json`,
      "no-input": () => "name the workbook to read",
      "one-input": () => "name one workbook",
      "no-templates": () => "name the register, then one or more filled templates",
      "no-periods": () => "the register has no periods yet: name one with --period, e.g. 2023-Q3",
      other: (p) => p.message,
    },
    help: {
      tool: "Checks, figures, report, templates and exports for the national e-health portfolio register.",
      usage: "Usage",
      commandsHeading: "Commands",
      optionsHeading: "Options",
      more: "Run <command> --help for a command's options. Exit codes: 0 fine, 1 errors in the workbook, 2 unusable input or a wrong call.",
      commands: {
        check: "checks a register or a filled report template and lists every finding at its cell",
        summary: "prints a period's figures as JSON",
        report: "writes the register with the report sheets and charts to a new file",
        templates: "makes one report template per initiative in a folder",
        import: "reads filled templates into a new copy of the register",
        council: "writes a workbook with only the report sheets, for the council",
        feed: "writes the summary, the initiatives and the roadmap as JSON and CSV, and the web pages",
      },
      options: {
        json: "print the findings or figures as JSON",
        period: "the period, for example 2023-Q2 (else the register's latest)",
        year: "the year of the roadmap (Initiatives for <year>), for example 2024 (else the year after the period)",
        deadline:
          "the period's reporting deadline, for example 2023-03-30: reports made after it are listed as late (else the deadline in the Kodeverk list Frist)",
        lang: "the language of messages and sheets: nb (default) or en",
        out: "the file or folder to write",
        help: "show this help",
        version: "show the version",
      },
    },
  },
};

/** The line for a wrong call, in a language. */
export function usageLine(problem: UsageProblem, lang: Lang): string {
  // The catalogue is typed per kind; the lookup by a kind known only at run time needs the one widening.
  const line = CLI_TEXT[lang].usageProblem[problem.kind] as (p: UsageProblem) => string;
  return line(problem);
}
