import { startTransition, useCallback, useEffect, useRef, useState } from "react";
import { UnusableInputError } from "../../workbook/errors";
import type { FileHandle, Host, OpenWorkbook } from "../host/host";
import { useTexts } from "../i18n/LangContext";
import type { Inspection } from "../work/jobs";
import { describeError } from "../text/describeError";
import { useTask, type Task } from "./useTask";

export interface WorkbookState {
  workbook?: OpenWorkbook;
  inspection?: Inspection;
  /** The file the pane shows, as the user knows it; it follows a downloaded import or new register. */
  name?: string;
  /** True while the bundled sample register is what is open. */
  sample: boolean;
  /** Counts the workbooks opened: each gets a view of its own, so nothing of the last one shows under the next one's name. */
  session: number;
  /** Replaces what is known of the workbook after a later read (a check, an import, a new register). */
  setInspection: (inspection: Inspection) => void;
  /** The pane now shows the workbook as the file of this name (browser). */
  rename: (name: string) => void;
  /** Opens a file the user chose (browser). */
  openFile: (file: File, handle?: FileHandle) => Promise<void>;
  /** Opens the bundled sample register (browser). */
  openSample?: () => Promise<void>;
  /** Reads Excel's open workbook again, after a failed first read (Office). */
  retry?: () => Promise<void>;
  task: Task;
}

/**
 * The workbook the pane works on: Excel's open one at start, or a file the
 * user opens. A new file replaces the open one only once it has been read:
 * a file that cannot be used leaves the register in place.
 */
export function useWorkbook(host: Host): WorkbookState {
  const { t } = useTexts();
  const [workbook, setWorkbook] = useState<OpenWorkbook>();
  const [inspection, setInspection] = useState<Inspection>();
  const [name, rename] = useState<string>();
  const [sample, setSample] = useState(false);
  const [session, setSession] = useState(0);
  const current = useRef<OpenWorkbook>();
  current.current = workbook;
  const describe = useCallback(
    (failure: unknown, lang: "nb" | "en") => {
      const line = describeError(failure, lang);
      if (!(failure instanceof UnusableInputError)) {
        return line;
      }
      const open = current.current;
      return [line, t.unusableNext(failure.reason), open ? t.stillOpen(open.name ?? "") : ""].filter(Boolean).join(" ");
    },
    [t],
  );
  const task = useTask(t.openFile, { describe });
  const { run } = task;

  const load = useCallback(
    async (open: () => Promise<OpenWorkbook>, isSample = false) => {
      await run(async (control) => {
        const opened = await open();
        try {
          const found = await opened.jobs.inspect({}, control);
          current.current?.jobs.dispose();
          current.current = opened;
          // The new view is rendered in slices the browser can interleave with input and paint (the whole pane at once
          // would be one long task on a slow machine).
          startTransition(() => {
            setWorkbook(opened);
            setInspection(found);
            rename(opened.name);
            setSample(isSample);
            setSession((n) => n + 1);
          });
        } catch (e) {
          opened.jobs.dispose();
          throw e;
        }
      });
    },
    [run],
  );

  useEffect(() => {
    const { openCurrent } = host;
    if (openCurrent) {
      void load(openCurrent);
    }
  }, [host, load]);

  useEffect(() => () => current.current?.jobs.dispose(), []);

  // Once the pane is on screen, the host gets ready for the next file (the browser starts a file worker, which
  // loads its code on its own thread), so that choosing a file does not wait for that.
  useEffect(() => {
    const { prepare } = host;
    if (!prepare) {
      return undefined;
    }
    const timer = setTimeout(prepare, 0);
    return () => clearTimeout(timer);
  }, [host, workbook]);

  const openFile = useCallback(
    async (file: File, handle?: FileHandle) => {
      const { openFile: open } = host;
      if (open) {
        await load(() => open(file, handle));
      }
    },
    [host, load],
  );

  const { openFile: openAny, sample: fetchSample, openCurrent } = host;
  const openSample = useCallback(async () => {
    if (openAny && fetchSample) {
      await load(async () => openAny(await fetchSample()), true);
    }
  }, [openAny, fetchSample, load]);

  const retry = useCallback(async () => {
    if (openCurrent) {
      await load(openCurrent);
    }
  }, [openCurrent, load]);

  return {
    workbook,
    inspection,
    name,
    sample,
    session,
    setInspection,
    rename,
    openFile,
    openSample: openAny && fetchSample ? openSample : undefined,
    retry: openCurrent ? retry : undefined,
    task,
  };
}
