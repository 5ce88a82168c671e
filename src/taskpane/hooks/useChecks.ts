import { useCallback, useEffect, useState } from "react";
import { inspectWorkbook, type WorkbookInspection } from "../../app/inspectWorkbook";
import type { Finding } from "../../core/findings/finding";
import type { Period } from "../../core/register/period";
import type { OpenWorkbook } from "../host/host";
import { useTask, type Task } from "./useTask";

export interface CheckRun {
  period?: Period;
  findings: readonly Finding[];
}

export interface ChecksState {
  /** The last check's findings; undefined until the user has checked. */
  last?: CheckRun;
  /** "Kontroller": reads the workbook again, so edits made since opening it count. */
  run: (period: Period | undefined) => Promise<void>;
  /** Takes the user to a finding's cell (Excel selects it). */
  select: (finding: Finding) => Promise<void>;
  task: Task;
}

/** The check of the open register, and going to a finding. */
export function useChecks(workbook: OpenWorkbook, onInspected: (inspection: WorkbookInspection) => void): ChecksState {
  const task = useTask();
  const { run: runTask } = task;
  const [last, setLast] = useState<CheckRun>();
  useEffect(() => setLast(undefined), [workbook]);

  const run = useCallback(async (period: Period | undefined) => {
    await runTask(async () => {
      const inspection = await inspectWorkbook(workbook.port, { period });
      setLast({ period, findings: inspection.check?.findings ?? [] });
      onInspected(inspection);
    });
  }, [workbook, onInspected, runTask]);

  const select = useCallback(async (finding: Finding) => {
    const { sheet, cell } = finding;
    if (sheet && cell) await runTask(() => workbook.port.selectCell(sheet, cell));
  }, [workbook, runTask]);

  return { last, run, select, task };
}
