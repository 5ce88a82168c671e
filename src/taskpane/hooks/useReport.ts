import { useCallback, useEffect, useState } from "react";
import { buildReport } from "../../app/buildReport";
import { a1 } from "../../core/cells";
import type { Period } from "../../core/register/period";
import { reportSheetName } from "../../core/report/sheetNames";
import type { OpenWorkbook } from "../host/host";
import { useTexts } from "../i18n/LangContext";
import { baseName } from "./baseName";
import { useTask, type Task } from "./useTask";

export type ReportOutcome =
  | { kind: "written"; sheets: string[]; errors: number }
  | { kind: "downloaded"; file: string; sheets: string[]; errors: number };

export interface ReportState {
  outcome?: ReportOutcome;
  /** "Bygg rapport" for a period, in the pane's language. */
  build: (period: Period | undefined) => Promise<void>;
  task: Task;
}

/**
 * Builds the report sheets through the port and opens Oppsummering; in the
 * browser the workbook with the report is then downloaded.
 */
export function useReport(workbook: OpenWorkbook): ReportState {
  const { lang, t } = useTexts();
  const task = useTask();
  const { run } = task;
  const [outcome, setOutcome] = useState<ReportOutcome>();
  useEffect(() => setOutcome(undefined), [workbook]);

  const build = useCallback(async (period: Period | undefined) => {
    setOutcome(undefined);
    await run(async () => {
      const result = await buildReport(workbook.port, { period, lang });
      await workbook.port.selectCell(reportSheetName("summary", lang), a1(1, 1));
      const errors = result.findings.filter((f) => f.severity === "error").length;
      if (!workbook.download) {
        setOutcome({ kind: "written", sheets: result.sheets, errors });
        return;
      }
      const file = t.reportFileName(baseName(workbook.name), result.summary.period ?? "");
      await workbook.download(file);
      setOutcome({ kind: "downloaded", file, sheets: result.sheets, errors });
    });
  }, [workbook, lang, t, run]);

  return { outcome, build, task };
}
