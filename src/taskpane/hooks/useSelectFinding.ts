import { useCallback } from "react";
import type { Finding } from "../../core/findings/finding";
import type { OpenWorkbook } from "../host/host";
import type { Task } from "./useTask";

/** "Gå til cellen": selects a finding's cell in the workbook, as a task of the panel that lists the finding. */
export function useSelectFinding(workbook: OpenWorkbook, runTask: Task["run"]): (finding: Finding) => Promise<void> {
  return useCallback(
    async (finding: Finding) => {
      const { sheet, cell } = finding;
      if (sheet && cell) {
        await runTask(() => workbook.jobs.selectCell(sheet, cell));
      }
    },
    [workbook, runTask],
  );
}
