import { useCallback, useEffect, useState } from "react";
import { addTemplatesToWorkbook, prepareTemplates } from "../../app/templates";
import { nextPeriod, type Period } from "../../core/register/period";
import type { TemplateBook } from "../../core/template/templateDoc";
import { HostError } from "../../workbook/errors";
import type { FileTools } from "../host/fileTools";
import type { Host, NotOpened, OpenWorkbook } from "../host/host";
import { useHost } from "../host/HostContext";
import { useTexts } from "../i18n/LangContext";
import type { Texts } from "../i18n/texts";
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
  const task = useTask();
  const { run } = task;
  const latest = periods[periods.length - 1];
  const period = latest ? nextPeriod(latest) : undefined;
  const targets = templateTargets(host, typeof workbook.port.writeTemplateBook === "function");
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
      if (!host.fileTools) throw new HostError(t.notOffered);
      const tools = await host.fileTools();
      const { books, all } = await prepareTemplates(workbook.port, { period, lang });
      let notOpened: NotOpened | undefined;
      if (target === "workbook" && host.openNewWorkbook) {
        const opened = books.length === 0 ? "opened" : await host.openNewWorkbook(await tools.writeTemplateWorkbook(all));
        if (opened === "opened") {
          setOutcome({ kind: "workbook", count: books.length, period, behind: host.info?.platform === "Mac" });
          return;
        }
        notOpened = opened;
      }
      const file = await downloadZip(host, tools, books, t, period);
      setOutcome({ kind: "download", count: books.length, period, file, notOpened });
    });
  }, [workbook, host, period, target, lang, t, run]);

  return { period, targets, target, setTarget, outcome, make, task };
}

/**
 * The templates as a zip, one file per initiative: what the office sends,
 * each contact their own file. The fallback where Excel cannot open them as
 * one workbook.
 */
async function downloadZip(host: Host, tools: FileTools, books: readonly TemplateBook[], t: Texts, period: Period): Promise<string> {
  if (!host.download) throw new HostError(t.notOffered);
  const files: Record<string, Uint8Array> = {};
  for (const book of books) files[book.templates[0].fileName] = await tools.writeTemplateWorkbook(book);
  const file = t.templatesFileName(period);
  await host.download(await tools.zip(files), file);
  return file;
}

function templateTargets(host: Host, writesSheets: boolean): TemplateTarget[] {
  const targets: TemplateTarget[] = [];
  if (host.openNewWorkbook) targets.push("workbook");
  if (host.download && host.fileTools) targets.push("download");
  // Sheets in the register only where the register is Excel's open workbook; a browser copy would be downloaded anyway.
  if (writesSheets && host.mode === "office") targets.push("sheets");
  return targets;
}
