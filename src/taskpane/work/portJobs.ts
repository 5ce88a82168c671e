import { buildReport } from "../../app/buildReport";
import { createEmptyRegister } from "../../app/createEmptyRegister";
import { exportCouncil } from "../../app/exportCouncil";
import { exportFeed } from "../../app/exportFeed";
import { importTemplates } from "../../app/importTemplates";
import { inspectWorkbook } from "../../app/inspectWorkbook";
import { findReminderRecipients } from "../../app/planReminder";
import { addTemplatesToWorkbook, prepareTemplates } from "../../app/templates";
import { checkTemplateWorkbook } from "../../app/templatesCheck";
import { a1 } from "../../core/cells";
import type { Finding } from "../../core/findings/finding";
import { findingMessage } from "../../core/messages/messages";
import type { Register } from "../../core/register/model";
import type { Period } from "../../core/register/period";
import { reportSheetName } from "../../core/report/sheetNames";
import { summarize } from "../../core/summary/summary";
import type { ImportSource } from "../../core/template/planImport";
import { HostError } from "../../workbook/errors";
import type { WorkbookPort } from "../../workbook/port";
import type { FileTools } from "../host/fileTools";
import { describeError } from "../text/describeError";
import { PANE_TEXT } from "../i18n/allTexts";
import {
  JobCancelled,
  isCancelled,
  type ImportRow,
  type JobControl,
  type JobProgress,
  type SavedWorkbook,
  type WorkbookJobs,
} from "./jobs";
import { keyFigures } from "./keyFigures";
import { summarizeCheck } from "./summarizeCheck";

export interface PortJobsSetup {
  port: WorkbookPort;
  /** The file tools (template files, council workbook, zips, filled templates), loaded on first use. */
  tools?: () => Promise<FileTools>;
  /** The workbook saved, where results are handed over as files (the browser); absent in Excel. */
  save?: () => Promise<SavedWorkbook>;
  /** Between steps: lets the page paint progress and take a click on Cancel. */
  pause: () => Promise<void>;
  /** Where reads can be counted: follows the next reads in bytes. */
  watchReads?: (listener: ((done: number, total: number) => void) | undefined) => void;
}

/**
 * The pane's jobs on a workbook port, through the same use cases the command
 * line runs. Each job steps through read, compute and write; between steps it
 * reports progress and stops if asked to. A write into Excel's open workbook,
 * once begun, is finished (it cannot be undone half-way); a file in the
 * browser is only handed over when the job is done.
 */
export function portJobs(setup: PortJobsSetup): WorkbookJobs {
  const { port, save } = setup;
  let last: { register: Register; findings: Finding[] } | undefined;

  const tools = async (): Promise<FileTools> => {
    if (!setup.tools) {
      throw new HostError("This host cannot open other workbooks.", { reason: "not-offered", subject: "tools" });
    }
    return setup.tools();
  };

  async function inspect(period: Period | undefined, control?: JobControl) {
    const inspection = await inspectWorkbook(watch(setup, control), { period });
    last = inspection.check && { register: inspection.check.register, findings: inspection.check.findings };
    return inspection;
  }

  return {
    can: {
      createRegister: typeof port.createRegisterSheets === "function",
      // Template sheets only where the register is Excel's open workbook; a browser copy would be downloaded anyway.
      templateSheets: typeof port.writeTemplateBook === "function" && !save,
      importTemplates: typeof port.applyRegisterEdits === "function" && setup.tools !== undefined,
      files: setup.tools !== undefined,
    },

    async inspect({ period }, control) {
      const inspection = await inspect(period, control);
      if (inspection.kind === "template") {
        return { kind: "template", templates: inspection.templates ?? [] };
      }
      const check = inspection.check;
      if (inspection.kind !== "register" || !check) {
        return { kind: "other" };
      }
      return {
        kind: "register",
        periods: [...check.register.periods],
        checked: check.period,
        check: summarizeCheck(check.findings),
        figures: check.period ? keyFigures(summarize(check.register, check.findings, check.period)) : undefined,
      };
    },

    async keyFigures(period, control) {
      if (!last) {
        await inspect(undefined, control);
      }
      const read = last;
      if (!read) {
        return {};
      }
      return keyFigures(summarize(read.register, read.findings, period));
    },

    async reminderRecipients(period, control) {
      if (!last) {
        await inspect(undefined, control);
      }
      return last ? findReminderRecipients(last.register, period) : undefined;
    },

    async buildReport({ period, lang }, control) {
      const result = await buildReport(watch(setup, control), { period, lang });
      await port.selectCell(reportSheetName("summary", lang), a1(1, 1));
      const errors = result.findings.filter((f) => f.severity === "error").length;
      const done = { period: result.summary.period ?? undefined, sheets: result.sheets, errors, warnings: result.findings.length - errors };
      return save ? { ...done, ...(await saving(setup, control, save)) } : done;
    },

    async createRegister({ lang }, control) {
      await createEmptyRegister(watch(setup, control), lang);
      return save ? saving(setup, control, save) : {};
    },

    async checkTemplate(control) {
      return summarizeCheck((await checkTemplateWorkbook(watch(setup, control))).findings);
    },

    async makeTemplates({ period, lang, target }, control) {
      const watched = watch(setup, control, "prepare");
      if (target === "sheets") {
        const result = await addTemplatesToWorkbook(watched, { period, lang });
        return { count: result.books[0]?.templates.length ?? 0, period };
      }
      const files = await tools();
      const { books, all } = await prepareTemplates(watched, { period, lang });
      if (target === "workbook") {
        if (books.length === 0) {
          return { count: 0, period };
        }
        await step(setup, control, { step: "write" });
        return { count: books.length, period, data: await files.writeTemplateWorkbook(all) };
      }
      const written: Record<string, Uint8Array> = {};
      for (const [i, book] of books.entries()) {
        await step(setup, control, { step: "templates", done: i, total: books.length });
        written[book.templates[0].fileName] = await files.writeTemplateWorkbook(book);
      }
      await step(setup, control, { step: "save" });
      return { count: books.length, period, data: await files.zip(written) };
    },

    async importTemplates(chosen, { lang, now }, control) {
      const files = await tools();
      const sources: ImportSource[] = [];
      const unusable: ImportRow[] = [];
      for (const [i, file] of chosen.entries()) {
        await step(setup, control, { step: "files", done: i, total: chosen.length });
        try {
          const workbook = await files.openWorkbook(new Uint8Array(await file.data.arrayBuffer()), file.name);
          sources.push({ file: file.name, sheets: await workbook.readSheets() });
        } catch (e) {
          if (isCancelled(e)) {
            throw e;
          }
          // One unreadable file must not keep the others out; it is listed with the reason.
          unusable.push({
            file: file.name,
            imported: false,
            changed: false,
            rowsWritten: 0,
            findings: [],
            unusable: describeError(e, lang),
          });
        }
      }
      const plan = sources.length > 0 ? await importTemplates(watch(setup, control, "import"), sources, { now, lang }) : undefined;
      if (plan && !plan.usable) {
        throw new HostError([PANE_TEXT[lang].importUnusable, ...plan.registerFindings.map((f) => findingMessage(f, lang))].join(" "));
      }
      const rows: ImportRow[] = [...(plan?.outcomes ?? []), ...unusable];
      if (!save || !rows.some((r) => r.imported)) {
        return { rows };
      }
      return { rows, ...(await saving(setup, control, save)) };
    },

    async exportCouncil({ period, lang, source, made, now }, control) {
      const council = (await tools()).newCouncilWorkbook(now);
      const result = await exportCouncil(watch(setup, control), council, { period, lang, source, made });
      await step(setup, control, { step: "save" });
      return { period: result.summary.period ?? undefined, data: await council.save() };
    },

    async exportFeed({ period }, control) {
      const files = await tools();
      const result = await exportFeed(watch(setup, control), { period });
      await step(setup, control, { step: "save" });
      return { period: result.summary.period ?? undefined, data: await files.zip({ ...result.files }) };
    },

    selectCell: (sheet, cell) => port.selectCell(sheet, cell),
    dispose: () => undefined,
  };
}

/** Reports a step, lets the page breathe, and stops here if the job was cancelled. */
async function step(setup: PortJobsSetup, control: JobControl | undefined, progress: JobProgress): Promise<void> {
  control?.progress?.(progress);
  await setup.pause();
  if (control?.signal?.aborted) {
    throw new JobCancelled();
  }
}

async function saving(setup: PortJobsSetup, control: JobControl | undefined, save: () => Promise<SavedWorkbook>): Promise<SavedWorkbook> {
  await step(setup, control, { step: "save" });
  return save();
}

/**
 * The port as a job sees it: each read is reported (counted where the host
 * can count it) and followed by the computing step; each write is a step of
 * its own. Writes into Excel cannot be cancelled once begun; file writes can,
 * since nothing leaves the job until it is done.
 */
function watch(setup: PortJobsSetup, control: JobControl | undefined, computing: JobProgress["step"] = "check"): WorkbookPort {
  const { port } = setup;
  const cancellable = setup.save !== undefined;
  const writing = async <T>(write: () => Promise<T>): Promise<T> => {
    await step(setup, control, { step: "write", cancellable });
    return write();
  };
  return {
    readSheets: async (names) => {
      await step(setup, control, { step: "read" });
      setup.watchReads?.((done, total) => control?.progress?.({ step: "read", done, total }));
      try {
        const sheets = await port.readSheets(names);
        await step(setup, control, { step: computing });
        return sheets;
      } finally {
        setup.watchReads?.(undefined);
      }
    },
    writeReportSheets: (sheets, replace, options) => writing(() => port.writeReportSheets(sheets, replace, options)),
    selectCell: (sheet, cell) => port.selectCell(sheet, cell),
    createRegisterSheets: port.createRegisterSheets && ((layout) => writing(() => port.createRegisterSheets!(layout))),
    writeTemplateBook: port.writeTemplateBook && ((book) => writing(() => port.writeTemplateBook!(book))),
    applyRegisterEdits: port.applyRegisterEdits && ((edits) => writing(() => port.applyRegisterEdits!(edits))),
  };
}
