import { listText } from "../../core/messages/listText";
import type { NotOpened } from "../host/host";
import type { HostFailureTexts } from "./texts";
import type { JobStep } from "../work/jobs";

const STEPS_NB: Record<JobStep, string> = {
  read: "Leser registeret …",
  check: "Kontrollerer og regner ut …",
  prepare: "Forbereder malene …",
  templates: "Lager malene …",
  files: "Leser de utfylte malene …",
  import: "Kontrollerer malene …",
  write: "Skriver …",
  save: "Lagrer filen …",
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** 2023-03-30 → 30.03.2023, as Norwegian readers write dates. */
function norwegianDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}

/**
 * Norwegian (bokmål), the pane's default language, and the reference: its
 * entries are the pane's texts (PaneText), and every other language gives the
 * same ones with the same parameters.
 */
export const NB_TEXTS = {
  appTitle: "E-helseporteføljen",
  appSubtitle: "Kontroll, nøkkeltall og rapport",
  /** The toggle's visible text names the other language, in that language. */
  otherLanguage: "English",
  otherLanguageLabel: "Switch to English",
  openFile: "Åpne .xlsx",
  openFileLabel: "Åpne en arbeidsbok (.xlsx)",
  standaloneIntro: "Du bruker nettleserversjonen. Åpne registeret fra disken; filen forlater ikke maskinen din.",
  openedFile: (name: string) => `Åpnet: ${name}`,
  reading: "Leser arbeidsboka …",
  retry: "Les arbeidsboka på nytt",
  notRegister: "Denne arbeidsboka er ikke et porteføljeregister.",
  notRegisterHint:
    "Et register har arkene Tiltak og Rapporter. Opprett et tomt register med ark, overskrifter, kodeverk og nedtrekkslister.",
  createRegister: "Opprett tomt register",
  creatingRegister: "Oppretter registeret …",
  registerCreated: "Registeret er opprettet.",
  registerDownloaded: (file: string) => `Registeret er opprettet og lastet ned som ${file}.`,
  /** `extension` is the workbook's own (.xlsx, or .xlsm for one with macros): Excel refuses a file whose name and content disagree. */
  registerFileName: (base: string, extension: string) => `${base}-register${extension}`,
  period: "Periode",
  noPeriods: "Registeret har ingen rapporter ennå.",
  keyFigures: (period: string) => `Nøkkeltall ${period}`,
  active: "Aktive tiltak",
  redStatus: "Rød status",
  redRisk: "Rød risiko",
  criticalDependencies: "Kritiske avhengigheter",
  budget: "Budsjett samstyring",
  budgetValue: (amount: string) => `${amount} MNOK`,
  notAvailable: "ikke tilgjengelig",
  purringHeading: "Purring",
  purringIntro: (n: number, p: string) => `${n === 1 ? "Ett aktivt tiltak" : `${n} aktive tiltak`} har ikke rapportert for ${p}.`,
  purringNone: (p: string) => `Alle aktive tiltak har rapportert for ${p}.`,
  purringAddresses: "Kontaktenes adresser",
  purringCopy: "Kopier adressene",
  purringCopied: "Adressene er kopiert.",
  purringCopyFailed: "Kunne ikke kopiere; merk adressene i feltet og kopier dem selv.",
  purringMail: "Skriv e-post med adressene som blindkopi",
  purringWithoutContact: (names: string) => `Uten kontakt i Tiltak: ${names}.`,
  reminderSubject: (p: string) => `Påminnelse: rapportering til e-helseporteføljen for ${p}`,
  reminderBody: (p: string, deadline: string | null) =>
    `Hei,\n\nVi minner om rapporteringen til den nasjonale e-helseporteføljen for ${p}${deadline ? `, med frist ${norwegianDate(deadline)}` : ""}. ` +
    "Vi har ikke mottatt rapport for tiltaket ditt. Fyll ut rapportmalen og send den til porteføljekontoret så snart som mulig.\n\nVennlig hilsen\nPorteføljekontoret",
  checksHeading: "Kontroll",
  check: "Kontroller",
  checking: "Kontrollerer …",
  checkedFor: (period: string) => `Kontroll for ${period}`,
  checkResult: (errors: number, warnings: number) => `${plural(errors, "feil", "feil")}, ${plural(warnings, "advarsel", "advarsler")}`,
  noFindings: "Ingen feil eller advarsler. Registeret er klart for rapport.",
  error: "Feil",
  warning: "Advarsel",
  wholeWorkbook: "Arbeidsboka",
  sheetCounts: (errors: number, warnings: number) =>
    [errors ? plural(errors, "feil", "feil") : "", warnings ? plural(warnings, "advarsel", "advarsler") : ""].filter(Boolean).join(", "),
  goToCell: (place: string) => `Gå til ${place}`,
  placeOnly: (place: string) => `Celle ${place}`,
  moreFindings: (count: number) => `… og ${count} til. Arket Kontroll i rapporten viser alle.`,
  reportHeading: "Rapport",
  buildReport: "Bygg rapport",
  buildingReport: "Bygger rapporten …",
  reportWritten: (sheets: string) => `Rapporten er skrevet: ${sheets}.`,
  reportDownloaded: (file: string) => `Rapporten er lastet ned som ${file}.`,
  reportFileName: (base: string, period: string, extension: string) => `${base}-rapport-${period}${extension}`,
  reportHintOffice: "Skriver rapportarkene med diagrammer i denne arbeidsboka. Registerarkene blir ikke endret.",
  reportHintBrowser: "Lager en ny arbeidsbok med registeret og rapportarkene, og laster den ned.",
  templateHeading: "Rapportmal",
  templateIntro:
    "Denne arbeidsboka er en rapportmal fra porteføljekontoret. Fyll ut de gule cellene, kontroller rapporten og send den tilbake.",
  templateInitiative: "Tiltak",
  templateOwner: "Eier",
  checkTemplate: "Kontroller rapporten min",
  checkingTemplate: "Kontrollerer rapporten …",
  templateValid: "Ingen feil. Rapporten er klar til å sendes til porteføljekontoret.",
  templatesHeading: "Maler og import",
  templatesHint: "Én rapportmal per tiltak som ikke er avsluttet, forhåndsutfylt med svarene fra forrige periode.",
  templatesWhere: "Hvor skal malene lages?",
  templatesAsWorkbook: "Én ny arbeidsbok med alle malene",
  templatesAsSheets: "Som ark i registeret",
  templatesAsDownload: "Last ned som .zip, én fil per tiltak",
  makeTemplates: (period: string) => `Lag maler for ${period}`,
  makingTemplates: "Lager malene …",
  noRegisterPeriod: "Registeret har ingen periode å lage maler fra ennå.",
  templatesOpened: (count: number, period: string) =>
    `${plural(count, "mal", "maler")} for ${period} er åpnet i en ny arbeidsbok, ett ark per mal.`,
  /** Excel for Mac opens a new workbook behind the current window. */
  openedBehind: "Excel for Mac åpner den nye arbeidsboka bak dette vinduet: finn den i Vindu-menyen.",
  /** Why Excel did not open a new workbook, before what was downloaded instead. */
  notOpened: (reason: NotOpened): string =>
    reason === "unsupported"
      ? "Denne Excel-versjonen kan ikke åpne en ny arbeidsbok fra tillegget (ExcelApi 1.8 mangler)."
      : "Arbeidsboka er for stor til å åpnes fra tillegget (Excel på nettet tar imot høyst 5 MB).",
  templatesAdded: (count: number, period: string) => `${plural(count, "mal", "maler")} for ${period} er lagt til som ark i registeret.`,
  templatesDownloaded: (count: number, file: string) => `${plural(count, "mal", "maler")} er lastet ned i ${file}.`,
  templatesFileName: (period: string) => `maler-${period}.zip`,
  importHint:
    "Velg én eller flere utfylte maler. En mal med feil blir ikke importert, og registeret endres bare for malene som er i orden.",
  importFiles: "Importer utfylte maler",
  importFilesLabel: "Velg utfylte maler (.xlsx)",
  importUnusable:
    "Registeret mangler det en import skriver til (arkene Tiltak, Rapporter og Avhengigheter med sine kolonner). Ingenting er endret.",
  importing: "Importerer malene …",
  importSummary: (imported: number, rejected: number) => `${imported} importert, ${rejected} avvist`,
  importDownloaded: (file: string) => `Registeret med importen er lastet ned som ${file}.`,
  importFileName: (base: string, extension: string) => `${base}-importert${extension}`,
  outcomesHeading: "Resultat per mal",
  outcomeImported: (rows: number) => `Importert (${plural(rows, "rad", "rader")})`,
  outcomeUnchanged: "Importert, ingen endringer",
  outcomeRejected: "Avvist",
  exportsHeading: "Rådet og nettsiden",
  exportsHintOffice:
    "Rådets arbeidsbok åpnes som en ny arbeidsbok: forside og rapportark, bare verdier, ingen registerdata. Web-feeden lastes ned.",
  exportsHintBrowser: "Rådets arbeidsbok og web-feeden lastes ned. Rådet får forside og rapportark, bare verdier, ingen registerdata.",
  exportCouncil: "Eksporter til rådet",
  exportingCouncil: "Lager filene …",
  councilOpened: "Rådets arbeidsbok er åpnet som en ny arbeidsbok.",
  councilDownloaded: (file: string) => `Rådets arbeidsbok er lastet ned som ${file}.`,
  councilFileName: (period: string) => `radet-${period}.xlsx`,
  downloadFeed: "Last ned web-feed",
  feedDownloaded: (file: string) => `Web-feeden er lastet ned som ${file} (summary.json, initiatives.json, initiatives.csv).`,
  feedFileName: (period: string) => `web-feed-${period}.zip`,
  /** A failed host operation, by its reason: `subject` names the sheet or part; a refusal carries Excel's own message, already in the user's language. */
  hostFailure: {
    refused: (_subject, message) => message,
    "not-offered": () => "Dette kan ikke gjøres her.",
    "sheet-missing": (sheet) => `Arbeidsboka har ikke arket ${sheet}.`,
    "sheet-exists": (sheet, _message, others) =>
      others.length === 0
        ? `Arbeidsboka har allerede et ark som heter ${sheet}. Gi arket et annet navn, og prøv igjen.`
        : `Arbeidsboka har allerede ark som heter ${listText([sheet, ...others], "og")}. Gi dem andre navn eller slett dem, og prøv igjen.`,
    damaged: (part) => `Arbeidsboka er skadet: ${part} er ikke som ventet.`,
  } satisfies HostFailureTexts,
  unexpected: (detail: string) => `Noe gikk galt: ${detail}`,
  about: "Om tillegget",
  aboutHeading: "Om tillegget",
  aboutVersion: "Versjon",
  aboutHost: "Kjører i",
  aboutPlatform: "Plattform",
  aboutBuild: "Office-versjon",
  aboutExcelApi: "ExcelApi",
  aboutSupported: (sets: string) => `støttet: ${sets}`,
  aboutNotSupported: (sets: string) => `mangler: ${sets}`,
  aboutLastError: "Siste feil",
  aboutNoError: "ingen",
  aboutBrowser: "nettleseren (uten Excel)",
  aboutUnknown: "ukjent",
  aboutHint: "Trenger du hjelp, kopier dette og lim det inn i henvendelsen din.",
  copy: "Kopier",
  copied: "Kopiert. Lim det inn i henvendelsen din.",
  copyFailed: "Kunne ikke kopiere. Merk teksten over og kopier den selv.",
  /** Progress, cancel and the state of the pane. */
  /** The title of an error bar. */
  failure: "Feil",
  cancel: "Avbryt",
  cancelled: "Avbrutt. Ingenting er skrevet eller lastet ned.",
  step: (step: JobStep) => STEPS_NB[step],
  stepCount: (step: JobStep, done: string, total: string, percent: string) =>
    step === "templates" ? `${done} av ${total} maler` : step === "files" ? `${done} av ${total} filer` : `${percent} %`,
  /** What to do about a file that cannot be used, after the line that says what is wrong with it. */
  unusableNext: (reason: string): string =>
    ["too-large", "too-many-cells"].includes(reason)
      ? "Fjern ark registeret ikke trenger, eller del det opp, og prøv igjen."
      : ["encrypted", "strict"].includes(reason)
        ? ""
        : "Velg en annen fil, eller åpne denne i Excel og lagre den som Excel-arbeidsbok (.xlsx).",
  stillOpen: (name: string) => `${name || "Arbeidsboka"} er fortsatt åpen.`,
  checkStatus: (errors: number, warnings: number) =>
    errors + warnings === 0
      ? "Kontrollen fant ingen feil eller advarsler."
      : errors === 0
        ? `Kontrollen fant ingen feil, men ${plural(warnings, "advarsel", "advarsler")}.`
        : `Kontrollen fant ${plural(errors, "feil", "feil")} og ${plural(warnings, "advarsel", "advarsler")}.`,
  showFindings: "Vis funnene",
  reportWithErrors: (errors: number) =>
    `Registeret har ${plural(errors, "feil", "feil")}: rapporten er laget likevel, og arket Kontroll i den viser dem.`,
  noPeriodReason: "Registeret har ingen rapporter ennå, så det finnes ingen periode å lage dette for.",
  templateNotRegister: "Rapport, maler og eksport lages fra porteføljeregisteret, ikke fra en rapportmal.",
  importNowShowing: (file: string | undefined, period: string) =>
    file ? `Ruten viser nå ${file}, periode ${period}.` : `Ruten viser nå registeret med importen, periode ${period}.`,
  reopenAfterChanges: (time: string) =>
    `Åpne filen på nytt etter endringer: kontrollen gjelder filen slik den var da den ble åpnet kl. ${time}.`,
  rereadChanged: "Filen er endret på disken og er lest på nytt.",
  busyTitle: (label: string) => `«${label}» er ikke ferdig`,
  busyText: "Avbryt den for å åpne en annen fil, eller vent til den er ferdig.",
  busyCancel: "Avbryt og åpne en annen fil",
  busyWait: "Vent",
  welcomeHeading: "Kom i gang",
  welcomeText:
    "Åpne porteføljeregisteret (.xlsx) fra disken, eller prøv med eksempelregisteret først. Filen leses i nettleseren og forlater ikke maskinen din.",
  trySample: "Prøv med eksempelregisteret",
  sampleHeading: "Slik bruker du ruten",
  sampleIntro: "Dette er eksempelregisteret, med tallene fra porteføljerapporten i mai 2023.",
  sampleSteps: [
    "Se nøkkeltallene og kontrollen for perioden øverst; velg en annen periode i listen.",
    "Trykk Kontroller for å se feil og advarsler ark for ark, og rett dem i registeret.",
    "Trykk Bygg rapport: du får registeret tilbake med rapportarkene og diagrammene.",
  ] as [string, string, string],
  sampleOwn: "Når du er klar, åpner du ditt eget register med Åpne .xlsx.",
  hide: "Skjul",
};
