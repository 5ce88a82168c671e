import { useCallback, useEffect, useState } from "react";
import { inspectWorkbook, type WorkbookInspection } from "../../app/inspectWorkbook";
import type { Host, OpenWorkbook } from "../host/host";
import { useTask, type Task } from "./useTask";

export interface WorkbookState {
  workbook?: OpenWorkbook;
  inspection?: WorkbookInspection;
  /** Replaces what is known of the workbook after a later read (a check, a new register). */
  setInspection: (inspection: WorkbookInspection) => void;
  /** Opens a file the user chose (browser). */
  openFile: (file: File) => Promise<void>;
  /** Reads Excel's open workbook again, after a failed first read (Office). */
  retry?: () => Promise<void>;
  task: Task;
}

/** The workbook the pane works on: Excel's open one at start, or a file the user opens. */
export function useWorkbook(host: Host): WorkbookState {
  const task = useTask();
  const { run } = task;
  const [workbook, setWorkbook] = useState<OpenWorkbook>();
  const [inspection, setInspection] = useState<WorkbookInspection>();

  const load = useCallback(async (open: () => Promise<OpenWorkbook>) => {
    setWorkbook(undefined);
    setInspection(undefined);
    await run(async () => {
      const opened = await open();
      const found = await inspectWorkbook(opened.port);
      setWorkbook(opened);
      setInspection(found);
    });
  }, [run]);

  useEffect(() => {
    const { openCurrent } = host;
    if (openCurrent) void load(openCurrent);
  }, [host, load]);

  const openFile = useCallback(async (file: File) => {
    const { openFile: open } = host;
    if (open) await load(() => open(file));
  }, [host, load]);

  const { openCurrent } = host;
  const retry = useCallback(async () => {
    if (openCurrent) await load(openCurrent);
  }, [openCurrent, load]);

  return { workbook, inspection, setInspection, openFile, retry: openCurrent ? retry : undefined, task };
}
