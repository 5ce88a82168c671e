import { useCallback, useState } from "react";
import type { OpenWorkbook } from "../host/host";
import { useHost } from "../host/HostContext";
import { useTexts } from "../i18n/LangContext";
import { unstoppable, type Inspection } from "../work/jobs";
import { deliverWorkbook } from "../files/deliverFile";
import { useTask, type Task } from "./useTask";

export interface CreateRegisterState {
  /** Whether this host can add register sheets at all. */
  available: boolean;
  /** Set once the register exists; `file` is what it was downloaded as (browser). */
  created?: { file?: string };
  create: () => Promise<void>;
  task: Task;
}

/**
 * "Opprett tomt register": the format's sheets in the open workbook, then the
 * pane shows it as a register; in the browser it is the downloaded file from
 * then on, and the file label says so.
 */
export function useCreateRegister(
  workbook: OpenWorkbook,
  name: string | undefined,
  onInspected: (inspection: Inspection) => void,
  onRenamed: (name: string) => void,
): CreateRegisterState {
  const host = useHost();
  const { lang, t } = useTexts();
  const task = useTask(t.createRegister);
  const { run } = task;
  const [created, setCreated] = useState<{ file?: string }>();

  const create = useCallback(async () => {
    await run(async (control) => {
      const done = await workbook.jobs.createRegister({ lang }, control);
      const file = await deliverWorkbook(host, done, name, t.registerFileName);
      if (file) {
        onRenamed(file);
      }
      setCreated({ file });
      onInspected(await workbook.jobs.inspect({}, unstoppable(control)));
    });
  }, [workbook, name, host, lang, t, run, onInspected, onRenamed]);

  return { available: workbook.jobs.can.createRegister, created, create, task };
}
