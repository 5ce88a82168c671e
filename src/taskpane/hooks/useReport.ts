import { useCallback, useState } from "react";
import type { Period } from "../../core/register/period";
import type { OpenWorkbook } from "../host/host";
import { useHost } from "../host/HostContext";
import { useTexts } from "../i18n/LangContext";
import { deliverWorkbook } from "../files/deliverFile";
import { useTask, type Task } from "./useTask";

export interface ReportOutcome {
  kind: "written" | "downloaded";
  /** The downloaded file (browser). */
  file?: string;
  sheets: string[];
  /** The register's errors and warnings: the report was built in spite of them, and its Kontroll sheet lists them. */
  errors: number;
  warnings: number;
}

export interface ReportState {
  outcome?: ReportOutcome;
  /** "Bygg rapport" for a period, in the pane's language. */
  build: (period: Period | undefined) => Promise<void>;
  task: Task;
}

/**
 * Builds the report sheets and opens Oppsummering (Excel), or downloads the
 * workbook with them (browser). Cancelled, nothing is written or downloaded.
 */
export function useReport(workbook: OpenWorkbook, name: string | undefined): ReportState {
  const host = useHost();
  const { lang, t } = useTexts();
  const task = useTask(t.buildReport);
  const { run } = task;
  const [outcome, setOutcome] = useState<ReportOutcome>();

  const build = useCallback(
    async (period: Period | undefined) => {
      setOutcome(undefined);
      await run(async (control) => {
        const done = await workbook.jobs.buildReport({ period, lang }, control);
        const counts = { sheets: done.sheets, errors: done.errors, warnings: done.warnings };
        const file = await deliverWorkbook(host, done, name, (base, extension) => t.reportFileName(base, done.period ?? "", extension));
        setOutcome(file ? { kind: "downloaded", file, ...counts } : { kind: "written", ...counts });
      });
    },
    [workbook, name, host, lang, t, run],
  );

  return { outcome, build, task };
}
