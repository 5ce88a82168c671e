import { useCallback, useState } from "react";
import type { OpenWorkbook } from "../host/host";
import { useHost } from "../host/HostContext";
import { useTexts } from "../i18n/LangContext";
import { unstoppable, type ImportRow, type Inspection } from "../work/jobs";
import { deliverWorkbook } from "../files/deliverFile";
import { useTask, type Task } from "./useTask";

export type { ImportRow };

export interface ImportOutcome {
  rows: ImportRow[];
  /** The register with the imports, downloaded in the browser: the pane shows it from then on. */
  file?: string;
  /** True when the register changed, so the pane now shows it with the imported reports. */
  reread: boolean;
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
 * replace their initiative's rows (in Excel in the open workbook; in the
 * browser the updated register is downloaded and is what the pane shows from
 * then on), and every file's outcome is shown.
 */
export function useImport(
  workbook: OpenWorkbook,
  name: string | undefined,
  onInspected: (inspection: Inspection) => void,
  onRenamed: (name: string) => void,
): ImportState {
  const host = useHost();
  const { lang, t } = useTexts();
  const task = useTask(t.importFiles);
  const { run } = task;
  const [outcome, setOutcome] = useState<ImportOutcome>();

  const importFiles = useCallback(
    async (files: readonly File[]) => {
      if (files.length === 0) {
        return;
      }
      setOutcome(undefined);
      await run(async (control) => {
        const done = await workbook.jobs.importTemplates(
          files.map((f) => ({ name: f.name, data: f })),
          { lang, now: new Date() },
          control,
        );
        const imported = done.rows.some((r) => r.imported);
        const file = await deliverWorkbook(host, done, name, t.importFileName);
        if (file) {
          onRenamed(file);
        }
        if (imported) {
          onInspected(await workbook.jobs.inspect({}, unstoppable(control)));
        }
        setOutcome({ rows: done.rows, file, reread: imported });
      });
    },
    [workbook, name, host, lang, t, run, onInspected, onRenamed],
  );

  return { available: workbook.jobs.can.importTemplates, outcome, importFiles, task };
}
