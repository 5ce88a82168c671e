import { useCallback, useEffect, useRef, useState } from "react";
import type { Finding } from "../../core/findings/finding";
import type { Period } from "../../core/register/period";
import type { OpenWorkbook } from "../host/host";
import { useTexts } from "../i18n/LangContext";
import type { CheckSummary, Inspection } from "../work/jobs";
import { useSelectFinding } from "./useSelectFinding";
import { useTask, type Task } from "./useTask";

export interface CheckRun {
  period?: Period;
  summary: CheckSummary;
  /** When the check ran (ms since 1970). */
  at: number;
  /**
   * What was checked: the workbook as it was opened, Excel's open workbook as it is now, the browser's copy
   * of the file as it was opened, or the file read again from disk (changed there, or not).
   */
  read: "opened" | "workbook" | "memory" | "changed" | "unchanged";
}

export interface ChecksState {
  /** The last check: the one made when the register was opened, until the user checks again. */
  last: CheckRun;
  /** "Kontroller": reads the workbook again, so edits made since it was opened count. */
  run: (period: Period | undefined) => Promise<void>;
  /** Takes the user to a finding's cell (Excel selects it). */
  select: (finding: Finding) => Promise<void>;
  /** The file can be read again from disk (the File System Access API); else it must be opened again after changes. */
  rereads: boolean;
  /** When the pane read the workbook it shows (ms since 1970). */
  openedAt: number;
  task: Task;
}

type RegisterInspection = Extract<Inspection, { kind: "register" }>;

/**
 * The check of the open register, and going to a finding. In Excel it reads
 * the open workbook; in the browser the file, again from disk where the
 * browser lets the page keep hold of it.
 */
export function useChecks(workbook: OpenWorkbook, opened: RegisterInspection, onInspected: (inspection: Inspection) => void): ChecksState {
  const { t } = useTexts();
  const task = useTask(t.check);
  const { run: runTask } = task;
  const [openedAt] = useState(() => Date.now());
  const [last, setLast] = useState<CheckRun>(() => ({ period: opened.checked, summary: opened.check, at: openedAt, read: "opened" }));
  const seen = useRef(workbook.file?.lastModified);
  // A read made elsewhere (an import) brings its own check; a read made here has already set it, with how it read.
  const own = useRef<Inspection>();
  useEffect(() => {
    if (opened !== own.current) {
      setLast({ period: opened.checked, summary: opened.check, at: Date.now(), read: "opened" });
    }
  }, [opened]);

  const run = useCallback(
    async (period: Period | undefined) => {
      await runTask(async (control) => {
        let read: CheckRun["read"] = workbook.file ? "memory" : "workbook";
        const reread = workbook.file?.reread;
        if (reread && workbook.jobs.reopen) {
          const file = await reread();
          read = file.lastModified !== seen.current ? "changed" : "unchanged";
          seen.current = file.lastModified;
          await workbook.jobs.reopen(file);
        }
        const inspection = await workbook.jobs.inspect({ period }, control);
        if (inspection.kind === "register") {
          setLast({ period: inspection.checked, summary: inspection.check, at: Date.now(), read });
        }
        own.current = inspection;
        onInspected(inspection);
      });
    },
    [workbook, onInspected, runTask],
  );

  const select = useSelectFinding(workbook, runTask);

  return { last, run, select, rereads: workbook.file?.reread !== undefined, openedAt, task };
}
