import { useCallback, useEffect, useState } from "react";
import { importTemplates } from "../../app/importTemplates";
import { inspectWorkbook, type WorkbookInspection } from "../../app/inspectWorkbook";
import { findingMessage } from "../../core/messages/messages";
import type { ImportSource } from "../../core/template/planImport";
import type { LogEntry } from "../../core/template/importLog";
import { HostError } from "../../workbook/errors";
import type { OpenWorkbook } from "../host/host";
import { useHost } from "../host/HostContext";
import { useTexts } from "../i18n/LangContext";
import { baseName } from "./baseName";
import { describeError } from "./describeError";
import { useTask, type Task } from "./useTask";

/** What became of one chosen file's template (or of a file that could not be read at all). */
export interface ImportRow extends LogEntry {
  /** Why the file could not be opened as a workbook. */
  unusable?: string;
}

export interface ImportOutcome {
  rows: ImportRow[];
  /** The register with the imports, downloaded in the browser. */
  file?: string;
}

export interface ImportState {
  /** Whether this host can write an import into the register. */
  available: boolean;
  outcome?: ImportOutcome;
  /** "Importer utfylte maler": the chosen files into the register. */
  importFiles: (files: readonly File[]) => Promise<void>;
  task: Task;
}

/**
 * Imports filled templates chosen as files: each is checked, the valid ones
 * replace their initiative's rows (in Excel through the port; in the browser
 * the updated register is downloaded), and every file's outcome is shown.
 */
export function useImport(workbook: OpenWorkbook, onInspected: (inspection: WorkbookInspection) => void): ImportState {
  const host = useHost();
  const { lang, t } = useTexts();
  const task = useTask();
  const { run } = task;
  const [outcome, setOutcome] = useState<ImportOutcome>();
  useEffect(() => setOutcome(undefined), [workbook]);

  const importFiles = useCallback(async (files: readonly File[]) => {
    if (files.length === 0) return;
    setOutcome(undefined);
    await run(async () => {
      if (!host.fileTools) throw new HostError(t.notOffered);
      const tools = await host.fileTools();
      const sources: ImportSource[] = [];
      const unusable: ImportRow[] = [];
      for (const file of files) {
        try {
          const port = await tools.openWorkbook(new Uint8Array(await file.arrayBuffer()), file.name);
          sources.push({ file: file.name, sheets: await port.readSheets() });
        } catch (e) {
          // One unreadable file must not keep the others out; it is listed with the reason.
          unusable.push({ file: file.name, imported: false, changed: false, rowsWritten: 0, findings: [], unusable: describeError(e, lang) });
        }
      }
      const plan = sources.length > 0 ? await importTemplates(workbook.port, sources, { now: new Date(), lang }) : undefined;
      if (plan && !plan.usable) {
        throw new HostError([t.importUnusable, ...plan.registerFindings.map((f) => findingMessage(f, lang))].join(" "));
      }
      const rows: ImportRow[] = [...(plan?.outcomes ?? []), ...unusable];
      let file: string | undefined;
      if (workbook.download && rows.some((r) => r.imported)) {
        file = t.importFileName(baseName(workbook.name));
        await workbook.download(file);
      }
      setOutcome({ rows, file });
      if (plan) onInspected(await inspectWorkbook(workbook.port));
    });
  }, [workbook, host, lang, t, run, onInspected]);

  return { available: typeof workbook.port.applyRegisterEdits === "function" && host.fileTools !== undefined, outcome, importFiles, task };
}
