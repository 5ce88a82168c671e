import { useCallback, useState } from "react";
import type { Finding } from "../../core/findings/finding";
import type { OpenWorkbook } from "../host/host";
import { useTexts } from "../i18n/LangContext";
import type { CheckSummary } from "../work/jobs";
import { useSelectFinding } from "./useSelectFinding";
import { useTask, type Task } from "./useTask";

export interface TemplateCheckState {
  /** The last check; undefined until the contact has checked. */
  summary?: CheckSummary;
  /** "Kontroller rapporten min": reads the template again, so the latest answers count. */
  run: () => Promise<void>;
  /** Takes the contact to a finding's cell (Excel selects it). */
  select: (finding: Finding) => Promise<void>;
  task: Task;
}

/** The contact's check of a filled template, with the checks the office's import applies. */
export function useTemplateCheck(workbook: OpenWorkbook): TemplateCheckState {
  const { t } = useTexts();
  const task = useTask(t.checkTemplate);
  const { run: runTask } = task;
  const [summary, setSummary] = useState<CheckSummary>();

  const run = useCallback(async () => {
    await runTask(async (control) => setSummary(await workbook.jobs.checkTemplate(control)));
  }, [workbook, runTask]);

  const select = useSelectFinding(workbook, runTask);

  return { summary, run, select, task };
}
