import { useCallback, useEffect, useState } from "react";
import { checkTemplateWorkbook } from "../../app/templatesCheck";
import type { Finding } from "../../core/findings/finding";
import type { OpenWorkbook } from "../host/host";
import { useTask, type Task } from "./useTask";

export interface TemplateCheckState {
  /** The last check's findings; undefined until the contact has checked. */
  findings?: readonly Finding[];
  /** "Kontroller rapporten min": reads the template again, so the latest answers count. */
  run: () => Promise<void>;
  /** Takes the contact to a finding's cell (Excel selects it). */
  select: (finding: Finding) => Promise<void>;
  task: Task;
}

/** The contact's check of a filled template, with the checks the office's import applies. */
export function useTemplateCheck(workbook: OpenWorkbook): TemplateCheckState {
  const task = useTask();
  const { run: runTask } = task;
  const [findings, setFindings] = useState<readonly Finding[]>();
  useEffect(() => setFindings(undefined), [workbook]);

  const run = useCallback(async () => {
    await runTask(async () => setFindings((await checkTemplateWorkbook(workbook.port)).findings));
  }, [workbook, runTask]);

  const select = useCallback(async (finding: Finding) => {
    const { sheet, cell } = finding;
    if (sheet && cell) await runTask(() => workbook.port.selectCell(sheet, cell));
  }, [workbook, runTask]);

  return { findings, run, select, task };
}
