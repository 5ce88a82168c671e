import { useCallback, useState } from "react";
import { createEmptyRegister } from "../../app/createEmptyRegister";
import { inspectWorkbook, type WorkbookInspection } from "../../app/inspectWorkbook";
import type { OpenWorkbook } from "../host/host";
import { useTexts } from "../i18n/LangContext";
import { baseName } from "./baseName";
import { useTask, type Task } from "./useTask";

export interface CreateRegisterState {
  /** Whether this host can add register sheets at all. */
  available: boolean;
  /** Set once the register exists; `file` is what it was downloaded as (browser). */
  created?: { file?: string };
  create: () => Promise<void>;
  task: Task;
}

/** "Opprett tomt register": the format's sheets in the open workbook, then the pane shows it as a register. */
export function useCreateRegister(workbook: OpenWorkbook, onInspected: (inspection: WorkbookInspection) => void): CreateRegisterState {
  const { lang, t } = useTexts();
  const task = useTask();
  const { run } = task;
  const [created, setCreated] = useState<{ file?: string }>();

  const create = useCallback(async () => {
    await run(async () => {
      await createEmptyRegister(workbook.port, lang);
      let file: string | undefined;
      if (workbook.download) {
        file = t.registerFileName(baseName(workbook.name));
        await workbook.download(file);
      }
      setCreated({ file });
      onInspected(await inspectWorkbook(workbook.port));
    });
  }, [workbook, lang, t, run, onInspected]);

  return { available: typeof workbook.port.createRegisterSheets === "function", created, create, task };
}
