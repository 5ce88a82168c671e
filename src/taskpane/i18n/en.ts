import { listText } from "../../core/messages/listText";
import type { JobStep } from "../work/jobs";
import type { PaneText } from "./texts";

const STEPS_EN: Record<JobStep, string> = {
  read: "Reading the register …",
  check: "Checking and computing …",
  prepare: "Preparing the templates …",
  templates: "Making the templates …",
  files: "Reading the filled templates …",
  import: "Checking the templates …",
  write: "Writing …",
  save: "Saving the file …",
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** English: when Office runs in English or the user switches. */
export const EN_TEXTS: PaneText = {
  appTitle: "E-health portfolio",
  appSubtitle: "Checks, key figures and report",
  otherLanguage: "Norsk",
  otherLanguageLabel: "Bytt til norsk",
  openFile: "Open .xlsx",
  openFileLabel: "Open a workbook (.xlsx)",
  standaloneIntro: "You are using the browser version. Open the register from disk; the file never leaves your machine.",
  openedFile: (name) => `Opened: ${name}`,
  reading: "Reading the workbook …",
  retry: "Read the workbook again",
  notRegister: "This workbook is not a portfolio register.",
  notRegisterHint:
    "A register has the sheets Initiatives and Reports. Create an empty register with its sheets, headers, code lists and dropdowns.",
  createRegister: "Create empty register",
  creatingRegister: "Creating the register …",
  registerCreated: "The register has been created.",
  registerDownloaded: (file) => `The register has been created and downloaded as ${file}.`,
  registerFileName: (base, extension) => `${base}-register${extension}`,
  period: "Period",
  noPeriods: "The register has no reports yet.",
  keyFigures: (period) => `Key figures ${period}`,
  active: "Active initiatives",
  redStatus: "Red status",
  redRisk: "Red risk",
  criticalDependencies: "Critical dependencies",
  budget: "Budget, joint governance",
  budgetValue: (amount) => `NOK ${amount} m`,
  notAvailable: "not available",
  purringHeading: "Reminders",
  purringIntro: (n, p) => `${n === 1 ? "One active initiative has" : `${n} active initiatives have`} not reported for ${p}.`,
  purringNone: (p) => `Every active initiative has reported for ${p}.`,
  purringAddresses: "The contacts' addresses",
  purringCopy: "Copy the addresses",
  purringCopied: "The addresses are copied.",
  purringCopyFailed: "Could not copy; select the addresses in the field and copy them yourself.",
  purringMail: "Write an e-mail with the addresses in BCC",
  purringWithoutContact: (names) => `No contact in Tiltak: ${names}.`,
  reminderSubject: (p) => `Reminder: reporting to the e-health portfolio for ${p}`,
  reminderBody: (p, deadline) =>
    `Hello,\n\nThis is a reminder of the reporting to the national e-health portfolio for ${p}${deadline ? `, due ${deadline}` : ""}. ` +
    "We have not yet received the report for your initiative. Please fill in the report template and send it to the portfolio office as soon as possible.\n\nKind regards\nThe portfolio office",
  checksHeading: "Checks",
  check: "Check",
  checking: "Checking …",
  checkedFor: (period) => `Checked for ${period}`,
  checkResult: (errors, warnings) => `${plural(errors, "error", "errors")}, ${plural(warnings, "warning", "warnings")}`,
  noFindings: "No errors or warnings. The register is ready for the report.",
  error: "Error",
  warning: "Warning",
  wholeWorkbook: "Workbook",
  sheetCounts: (errors, warnings) =>
    [errors ? plural(errors, "error", "errors") : "", warnings ? plural(warnings, "warning", "warnings") : ""].filter(Boolean).join(", "),
  goToCell: (place) => `Go to ${place}`,
  placeOnly: (place) => `Cell ${place}`,
  moreFindings: (count) => `… and ${count} more. The report's Checks sheet lists them all.`,
  reportHeading: "Report",
  buildReport: "Build report",
  buildingReport: "Building the report …",
  reportWritten: (sheets) => `The report has been written: ${sheets}.`,
  reportDownloaded: (file) => `The report has been downloaded as ${file}.`,
  reportFileName: (base, period, extension) => `${base}-report-${period}${extension}`,
  reportHintOffice: "Writes the report sheets with charts into this workbook. The register sheets are not changed.",
  reportHintBrowser: "Makes a new workbook with the register and the report sheets, and downloads it.",
  templateHeading: "Report template",
  templateIntro:
    "This workbook is a report template from the portfolio office. Fill in the yellow cells, check the report and send it back.",
  templateInitiative: "Initiative",
  templateOwner: "Owner",
  checkTemplate: "Check my report",
  checkingTemplate: "Checking the report …",
  templateValid: "No errors. The report is ready to send to the portfolio office.",
  templatesHeading: "Templates and import",
  templatesHint: "One report template per initiative not completed, pre-filled with the previous period's answers.",
  templatesWhere: "Where should the templates go?",
  templatesAsWorkbook: "One new workbook with all templates",
  templatesAsSheets: "As sheets in the register",
  templatesAsDownload: "Download as .zip, one file per initiative",
  makeTemplates: (period) => `Make templates for ${period}`,
  makingTemplates: "Making the templates …",
  noRegisterPeriod: "The register has no period to make templates from yet.",
  templatesOpened: (count, period) => `${plural(count, "template", "templates")} for ${period} opened in a new workbook, one sheet each.`,
  openedBehind: "Excel for Mac opens the new workbook behind this window: find it in the Window menu.",
  notOpened: (reason) =>
    reason === "unsupported"
      ? "This version of Excel cannot open a new workbook from the add-in (ExcelApi 1.8 is missing)."
      : "The workbook is too large to open from the add-in (Excel on the web takes at most 5 MB).",
  templatesAdded: (count, period) => `${plural(count, "template", "templates")} for ${period} added as sheets in the register.`,
  templatesDownloaded: (count, file) => `${plural(count, "template", "templates")} downloaded in ${file}.`,
  templatesFileName: (period) => `templates-${period}.zip`,
  importHint:
    "Choose one or more filled templates. A template with errors is not imported, and the register changes only for the templates that are in order.",
  importFiles: "Import filled templates",
  importFilesLabel: "Choose filled templates (.xlsx)",
  importUnusable:
    "The register lacks what an import writes to (the sheets Initiatives, Reports and Dependencies with their columns). Nothing was changed.",
  importing: "Importing the templates …",
  importSummary: (imported, rejected) => `${imported} imported, ${rejected} rejected`,
  importDownloaded: (file) => `The register with the import has been downloaded as ${file}.`,
  importFileName: (base, extension) => `${base}-imported${extension}`,
  outcomesHeading: "Result per template",
  outcomeImported: (rows) => `Imported (${plural(rows, "row", "rows")})`,
  outcomeUnchanged: "Imported, no changes",
  outcomeRejected: "Rejected",
  exportsHeading: "Council and web page",
  exportsHintOffice:
    "The council workbook opens as a new workbook: cover and report sheets, values only, no register data. The web feed is downloaded.",
  exportsHintBrowser:
    "The council workbook and the web feed are downloaded. The council gets the cover and report sheets, values only, no register data.",
  exportCouncil: "Export for the council",
  exportingCouncil: "Making the files …",
  councilOpened: "The council workbook has been opened as a new workbook.",
  councilDownloaded: (file) => `The council workbook has been downloaded as ${file}.`,
  councilFileName: (period) => `council-${period}.xlsx`,
  downloadFeed: "Download web feed",
  feedDownloaded: (file) => `The web feed has been downloaded as ${file} (summary.json, initiatives.json, initiatives.csv).`,
  feedFileName: (period) => `web-feed-${period}.zip`,
  hostFailure: {
    refused: (_subject, message) => message,
    "not-offered": () => "This cannot be done here.",
    "sheet-missing": (sheet) => `The workbook has no sheet named ${sheet}.`,
    "sheet-exists": (sheet, _message, others) =>
      others.length === 0
        ? `The workbook already has a sheet named ${sheet}. Rename that sheet and try again.`
        : `The workbook already has sheets named ${listText([sheet, ...others], "and")}. Rename or delete them and try again.`,
    damaged: (part) => `The workbook is damaged: ${part} is not as expected.`,
  },
  unexpected: (detail) => `Something went wrong: ${detail}`,
  about: "About",
  aboutHeading: "About the add-in",
  aboutVersion: "Version",
  aboutHost: "Running in",
  aboutPlatform: "Platform",
  aboutBuild: "Office build",
  aboutExcelApi: "ExcelApi",
  aboutSupported: (sets) => `supported: ${sets}`,
  aboutNotSupported: (sets) => `missing: ${sets}`,
  aboutLastError: "Last error",
  aboutNoError: "none",
  aboutBrowser: "the browser (no Excel)",
  aboutUnknown: "unknown",
  aboutHint: "If you need help, copy this and paste it into your request.",
  copy: "Copy",
  copied: "Copied. Paste it into your request.",
  copyFailed: "Could not copy. Select the text above and copy it yourself.",
  failure: "Error",
  cancel: "Cancel",
  cancelled: "Cancelled. Nothing was written or downloaded.",
  step: (step) => STEPS_EN[step],
  stepCount: (step, done, total, percent) =>
    step === "templates" ? `${done} of ${total} templates` : step === "files" ? `${done} of ${total} files` : `${percent} %`,
  unusableNext: (reason) =>
    ["too-large", "too-many-cells"].includes(reason)
      ? "Remove sheets the register does not need, or split it, and try again."
      : ["encrypted", "strict"].includes(reason)
        ? ""
        : "Choose another file, or open this one in Excel and save it as an Excel workbook (.xlsx).",
  stillOpen: (name) => `${name || "The workbook"} is still open.`,
  checkStatus: (errors, warnings) =>
    errors + warnings === 0
      ? "The check found no errors or warnings."
      : errors === 0
        ? `The check found no errors, but ${plural(warnings, "warning", "warnings")}.`
        : `The check found ${plural(errors, "error", "errors")} and ${plural(warnings, "warning", "warnings")}.`,
  showFindings: "Show the findings",
  reportWithErrors: (errors) =>
    `The register has ${plural(errors, "error", "errors")}: the report was made all the same, and its Checks sheet lists them.`,
  noPeriodReason: "The register has no reports yet, so there is no period to make this for.",
  templateNotRegister: "Reports, templates and exports are made from the portfolio register, not from a report template.",
  importNowShowing: (file, period) =>
    file ? `The pane now shows ${file}, period ${period}.` : `The pane now shows the register with the import, period ${period}.`,
  reopenAfterChanges: (time) => `Open the file again after changes: the check is of the file as it was when it was opened at ${time}.`,
  rereadChanged: "The file has changed on disk and was read again.",
  busyTitle: (label) => `"${label}" has not finished`,
  busyText: "Cancel it to open another file, or wait until it has finished.",
  busyCancel: "Cancel and open another file",
  busyWait: "Wait",
  welcomeHeading: "Get started",
  welcomeText:
    "Open the portfolio register (.xlsx) from disk, or try the sample register first. The file is read in the browser and never leaves your machine.",
  trySample: "Try the sample register",
  sampleHeading: "How to use the pane",
  sampleIntro: "This is the sample register, with the figures of the portfolio report of May 2023.",
  sampleSteps: [
    "See the key figures and the check for the period at the top; choose another period in the list.",
    "Press Check to see errors and warnings sheet by sheet, and correct them in the register.",
    "Press Build report: you get the register back with the report sheets and charts.",
  ],
  sampleOwn: "When you are ready, open your own register with Open .xlsx.",
  hide: "Hide",
};
