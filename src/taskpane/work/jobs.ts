import type { ReminderRecipients } from "../../app/planReminder";
import type { A1 } from "../../core/cells";
import type { Finding } from "../../core/findings/finding";
import type { Lang } from "../../core/messages/catalogue";
import type { IsoDate } from "../../core/register/dates";
import type { Period } from "../../core/register/period";
import type { LogEntry } from "../../core/template/importLog";
import type { TemplateMarker } from "../../core/template/templateDoc";

/**
 * A finished file: bytes where the work ran in the page, a Blob where it ran
 * in the worker (a Blob crosses to the page without its bytes being copied
 * on the page's thread).
 */
export type FileData = Uint8Array | Blob;

/**
 * The open workbook saved as a file, with the extension its content needs
 * (.xlsx, or .xlsm for a register with macros): Excel will not open a file
 * whose name and content disagree, so the download is named with it.
 */
export interface SavedWorkbook {
  data: FileData;
  extension: string;
}

/** The bytes of a finished file (Excel's createWorkbook takes bytes). */
export async function bytesOf(data: FileData): Promise<Uint8Array> {
  return data instanceof Uint8Array ? data : new Uint8Array(await data.arrayBuffer());
}

/** What a job is doing now; the pane names it and, where it can be counted, shows how far it has come. */
export type JobStep = "read" | "check" | "write" | "save" | "prepare" | "templates" | "files" | "import";

export interface JobProgress {
  step: JobStep;
  /** Done and total where the step can be counted: bytes of sheets read, templates written, files read. */
  done?: number;
  total?: number;
  /** False once Excel's open workbook is being written: a write there cannot be stopped half-way. */
  cancellable?: boolean;
}

/** How a running job is watched and stopped. */
export interface JobControl {
  signal?: AbortSignal;
  progress?: (progress: JobProgress) => void;
}

/** The five figures at the top of the pane; undefined where the register gives none (no Rød in its code list). */
export interface KeyFigureValues {
  active?: number;
  redStatus?: number;
  redRisk?: number;
  criticalDependencies?: number;
  /** MNOK. */
  budget?: number;
}

/** Findings of one sheet (or of the whole workbook when `sheet` is undefined), errors first. */
export interface FindingGroup {
  sheet?: string;
  errors: number;
  warnings: number;
  /** At most SHOWN_PER_SHEET of them; `errors + warnings` counts them all. */
  findings: Finding[];
}

/** A check's result as the pane shows it: counts, and the findings by sheet. */
export interface CheckSummary {
  errors: number;
  warnings: number;
  groups: FindingGroup[];
}

/** What the open workbook is, and for a register what the pane shows first. */
export type Inspection =
  | {
      kind: "register";
      /** Oldest first. */
      periods: Period[];
      /** The period the check was for: the one asked for, else the latest. */
      checked?: Period;
      check: CheckSummary;
      /** The figures of the checked period. */
      figures?: KeyFigureValues;
    }
  | { kind: "template"; templates: TemplateMarker[] }
  | { kind: "other" };

export interface ReportDone {
  period?: Period;
  sheets: string[];
  errors: number;
  warnings: number;
  /** The workbook with the report, where the host hands it over as a file. */
  data?: FileData;
  extension?: string;
}

export type TemplateTarget = "workbook" | "sheets" | "zip";

export interface TemplatesDone {
  count: number;
  period: Period;
  /** One workbook with every template ("workbook"), or a zip of one file each ("zip"); none for "sheets". */
  data?: FileData;
}

/** What became of one chosen file's template (or of a file that could not be read at all). */
export interface ImportRow extends LogEntry {
  /** Why the file could not be opened as a workbook. */
  unusable?: string;
}

export interface ImportDone {
  rows: ImportRow[];
  /** The register with the import, where the host hands it over as a file and something was imported. */
  data?: FileData;
  extension?: string;
}

export interface FileDone {
  period?: Period;
  data: FileData;
}

/** A file the user chose, as the job reads it. */
export interface ChosenFile {
  name: string;
  data: Blob;
}

/**
 * The work the pane asks of an open workbook. In Excel it runs in the page on
 * Office.js; in the browser it runs in a Web Worker on the file, so the page
 * never freezes. Every job can be stopped: a stopped job rejects with
 * JobCancelled and leaves nothing of its own behind.
 */
export interface WorkbookJobs {
  /** What this workbook and host can do. */
  can: {
    createRegister: boolean;
    /** Template sheets in the register itself (Excel). */
    templateSheets: boolean;
    importTemplates: boolean;
    /** Template files, the council workbook and the web feed. */
    files: boolean;
  };
  inspect(options: { period?: Period }, control?: JobControl): Promise<Inspection>;
  /** The figures of another period, from the last read. */
  keyFigures(period: Period, control?: JobControl): Promise<KeyFigureValues>;
  /** Whom the period's reminder goes to, from the last read. */
  reminderRecipients(period: Period, control?: JobControl): Promise<ReminderRecipients | undefined>;
  buildReport(options: { period?: Period; lang: Lang }, control?: JobControl): Promise<ReportDone>;
  /** Adds the register's sheets; `data` is the new register where the host hands it over as a file. */
  createRegister(options: { lang: Lang }, control?: JobControl): Promise<Partial<SavedWorkbook>>;
  checkTemplate(control?: JobControl): Promise<CheckSummary>;
  makeTemplates(options: { period: Period; lang: Lang; target: TemplateTarget }, control?: JobControl): Promise<TemplatesDone>;
  importTemplates(files: readonly ChosenFile[], options: { lang: Lang; now: Date }, control?: JobControl): Promise<ImportDone>;
  exportCouncil(
    options: { period?: Period; lang: Lang; source: string; made: IsoDate; now: Date },
    control?: JobControl,
  ): Promise<FileDone>;
  exportFeed(options: { period?: Period }, control?: JobControl): Promise<FileDone>;
  selectCell(sheet: string, cell: A1): Promise<void>;
  /** Reads the workbook from a newer copy of its file (the browser, after a change on disk). */
  reopen?(source: Blob): Promise<void>;
  /** Stops whatever runs and lets the workbook go. */
  dispose(): void;
}

/** A job stopped by the user; its result, if any came, is dropped. */
export class JobCancelled extends Error {
  override readonly name = "JobCancelled";
  constructor() {
    super("cancelled");
  }
}

/** True for a job that was stopped, also when the error came from another copy of this module (a worker). */
export function isCancelled(e: unknown): boolean {
  return e instanceof JobCancelled || (typeof e === "object" && e !== null && (e as { name?: unknown }).name === "JobCancelled");
}

/**
 * The control for work that follows a step already handed to the user (a
 * download, a write into Excel): it reports progress but can no longer be
 * stopped, so the pane never shows a state the workbook is not in.
 */
export function unstoppable(control: JobControl): JobControl {
  return { progress: (p) => control.progress?.({ ...p, cancellable: false }) };
}
