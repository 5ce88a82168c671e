import { useCallback, useState } from "react";
import { nextPeriod, type Period } from "../../core/register/period";
import type { Host, NotOpened, OpenWorkbook } from "../host/host";
import { useHost } from "../host/HostContext";
import { useTexts } from "../i18n/LangContext";
import { deliverFile } from "../files/deliverFile";
import { bytesOf } from "../work/jobs";
import { useTask, type Task } from "./useTask";

/**
 * Where templates go: one new workbook holding them all (Excel), sheets in
 * the register (Excel), or a zip with one file per initiative (both).
 */
export type TemplateTarget = "workbook" | "sheets" | "download";

export type TemplatesOutcome =
  | { kind: "workbook"; count: number; period: Period; /** Excel for Mac opens it behind the current window. */ behind: boolean }
  | { kind: "sheets"; count: number; period: Period }
  | { kind: "download"; count: number; period: Period; file: string; notOpened?: NotOpened };

export interface TemplatesState {
  /** The period the templates are for: the quarter after the register's latest. */
  period?: Period;
  /** The targets this host offers, the first the default. */
  targets: TemplateTarget[];
  target: TemplateTarget;
  setTarget: (target: TemplateTarget) => void;
  outcome?: TemplatesOutcome;
  make: () => Promise<void>;
  task: Task;
}

/** "Lag maler for <period>": one template per initiative not completed, where the user chose. */
export function useTemplates(workbook: OpenWorkbook, periods: readonly Period[]): TemplatesState {
  const host = useHost();
  const { lang, t } = useTexts();
  const latest = periods[periods.length - 1];
  const period = latest ? nextPeriod(latest) : undefined;
  const task = useTask(period ? t.makeTemplates(period) : t.templatesHeading);
  const { run } = task;
  const targets = templateTargets(host, workbook);
  const [chosen, setTarget] = useState<TemplateTarget>();
  const target = chosen && targets.includes(chosen) ? chosen : targets[0];
  const [outcome, setOutcome] = useState<TemplatesOutcome>();

  const make = useCallback(async () => {
    if (!period) {
      return;
    }
    setOutcome(undefined);
    await run(async (control) => {
      const { jobs } = workbook;
      if (target === "sheets") {
        const done = await jobs.makeTemplates({ period, lang, target: "sheets" }, control);
        setOutcome({ kind: "sheets", count: done.count, period });
        return;
      }
      let notOpened: NotOpened | undefined;
      if (target === "workbook" && host.openNewWorkbook) {
        const done = await jobs.makeTemplates({ period, lang, target: "workbook" }, control);
        // Once Excel is asked to open the workbook, it opens or refuses; there is nothing to stop half-way.
        control.progress?.({ step: "write", cancellable: false });
        const opened = done.data ? await host.openNewWorkbook(await bytesOf(done.data)) : "opened";
        if (opened === "opened") {
          setOutcome({ kind: "workbook", count: done.count, period, behind: host.info?.platform === "Mac" });
          return;
        }
        notOpened = opened;
      }
      const done = await jobs.makeTemplates({ period, lang, target: "zip" }, control);
      const file = t.templatesFileName(period);
      if (done.data) {
        await deliverFile(host, done.data, file);
      }
      setOutcome({ kind: "download", count: done.count, period, file, notOpened });
    });
  }, [workbook, host, period, target, lang, t, run]);

  return { period, targets, target, setTarget, outcome, make, task };
}

function templateTargets(host: Host, workbook: OpenWorkbook): TemplateTarget[] {
  const targets: TemplateTarget[] = [];
  if (host.openNewWorkbook && workbook.jobs.can.files) {
    targets.push("workbook");
  }
  if (host.download && workbook.jobs.can.files) {
    targets.push("download");
  }
  if (workbook.jobs.can.templateSheets) {
    targets.push("sheets");
  }
  return targets;
}
