import { useCallback, useEffect, useState } from "react";
import { addTemplatesToWorkbook, prepareTemplates } from "../../app/templates";
import { nextPeriod, type Period } from "../../core/register/period";
import { HostError } from "../../workbook/errors";
import type { OpenWorkbook } from "../host/host";
import { useHost } from "../host/HostContext";
import { useTexts } from "../i18n/LangContext";
import { useTask, type Task } from "./useTask";

/** Where templates go: new workbooks (Excel), sheets in the register (Excel), or a downloaded zip (browser). */
export type TemplateTarget = "workbooks" | "sheets" | "download";

export type TemplatesOutcome =
  | { kind: "workbooks" | "sheets"; count: number; period: Period }
  | { kind: "download"; count: number; period: Period; file: string };

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
  const task = useTask();
  const { run } = task;
  const latest = periods[periods.length - 1];
  const period = latest ? nextPeriod(latest) : undefined;
  const targets = templateTargets(host.openNewWorkbook !== undefined, typeof workbook.port.writeTemplateBook === "function", host.download !== undefined && host.mode === "browser");
  const [chosen, setTarget] = useState<TemplateTarget>();
  const target = chosen && targets.includes(chosen) ? chosen : targets[0];
  const [outcome, setOutcome] = useState<TemplatesOutcome>();
  useEffect(() => setOutcome(undefined), [workbook]);

  const make = useCallback(async () => {
    if (!period) return;
    setOutcome(undefined);
    await run(async () => {
      if (target === "sheets") {
        const result = await addTemplatesToWorkbook(workbook.port, { period, lang });
        setOutcome({ kind: "sheets", count: result.books[0]?.templates.length ?? 0, period });
        return;
      }
      const { fileTools, openNewWorkbook, download } = host;
      if (!fileTools) throw new HostError(t.notOffered);
      const tools = await fileTools();
      const { books } = await prepareTemplates(workbook.port, { period, lang });
      if (target === "workbooks" && openNewWorkbook) {
        for (const book of books) await openNewWorkbook(await tools.writeTemplateWorkbook(book));
        setOutcome({ kind: "workbooks", count: books.length, period });
        return;
      }
      if (!download) throw new HostError(t.notOffered);
      const files: Record<string, Uint8Array> = {};
      for (const book of books) files[book.templates[0].fileName] = await tools.writeTemplateWorkbook(book);
      const file = t.templatesFileName(period);
      await download(await tools.zip(files), file);
      setOutcome({ kind: "download", count: books.length, period, file });
    });
  }, [workbook, host, period, target, lang, t, run]);

  return { period, targets, target, setTarget, outcome, make, task };
}

function templateTargets(opensWorkbooks: boolean, writesSheets: boolean, downloads: boolean): TemplateTarget[] {
  const targets: TemplateTarget[] = [];
  if (opensWorkbooks) targets.push("workbooks");
  if (downloads) targets.push("download");
  // Sheets in the register only where the register is Excel's open workbook; a browser copy would be downloaded anyway.
  if (writesSheets && opensWorkbooks) targets.push("sheets");
  return targets;
}
