import { FileWorkbook } from "../../host/file/fileWorkbook";
import { FILE_TOOLS } from "../host/fileToolsImpl";
import type { SavedWorkbook, WorkbookJobs } from "./jobs";
import { portJobs } from "./portJobs";

/**
 * The jobs on an .xlsx file held in memory: what the file worker runs. The
 * file is read when the first job comes; `reopen` starts again from a newer
 * copy of it.
 */
export function fileJobs(source: Blob, name: string, pause: () => Promise<void> = async () => undefined): WorkbookJobs {
  let opened = open(source);
  const on = async (): Promise<WorkbookJobs> => opened;

  // Opened before any job asks: a file that cannot be used is each job's failure, not an unhandled one.
  function open(blob: Blob): Promise<WorkbookJobs> {
    const jobs = openJobs(blob);
    jobs.catch(() => undefined);
    return jobs;
  }

  async function openJobs(blob: Blob): Promise<WorkbookJobs> {
    const workbook = await FileWorkbook.open(new Uint8Array(await blob.arrayBuffer()), name);
    return portJobs({
      port: workbook,
      tools: async () => FILE_TOOLS,
      save: saveCopy(workbook),
      pause,
      watchReads: (listener) => workbook.watchReads(listener),
    });
  }

  return {
    can: { createRegister: true, templateSheets: false, importTemplates: true, files: true },
    inspect: async (options, control) => (await on()).inspect(options, control),
    keyFigures: async (period, control) => (await on()).keyFigures(period, control),
    reminderRecipients: async (period, control) => (await on()).reminderRecipients(period, control),
    buildReport: async (options, control) => (await on()).buildReport(options, control),
    createRegister: async (options, control) => (await on()).createRegister(options, control),
    checkTemplate: async (control) => (await on()).checkTemplate(control),
    makeTemplates: async (options, control) => (await on()).makeTemplates(options, control),
    importTemplates: async (files, options, control) => (await on()).importTemplates(files, options, control),
    exportCouncil: async (options, control) => (await on()).exportCouncil(options, control),
    exportFeed: async (options, control) => (await on()).exportFeed(options, control),
    // A file has no window to show a cell in; the pane says where a finding is instead.
    selectCell: async () => undefined,
    reopen: async (blob) => {
      opened = open(blob);
      await opened;
    },
    dispose: () => undefined,
  };
}

/** The workbook saved under the extension its content needs, as the command line names its outputs. */
export function saveCopy(workbook: FileWorkbook): () => Promise<SavedWorkbook> {
  return async () => ({ data: await workbook.save(), extension: workbook.extension() });
}
