import type { OfficeResult } from "./measureOffice";
import type { ReportResult } from "./measureReport";
import type { ScaleResult } from "./measureScale";
import type { TaskpaneResult } from "./measureTaskpane";

/** One run of the benchmark: the machine, each scale's figures and the task pane's; run.ts makes it, renderPerformance.ts prints it. */
export interface BenchResult {
  machine: { cpu: string; cores: number; memoryGb: number; node: string; date: string };
  scales: Record<string, ScaleResult & Omit<OfficeResult, "scale"> & Omit<ReportResult, "scale">>;
  taskpane: TaskpaneResult;
}
