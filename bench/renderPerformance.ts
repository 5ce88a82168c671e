import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { BenchResult } from "./benchResult";

const FOUR_MB = 4 * 1024 * 1024;

interface Goal {
  goal: string;
  measured: string;
  met: boolean;
}

/** The goals of the benchmark, each with what this run measured. */
export function evaluateGoals(r: BenchResult): Goal[] {
  const { S, M, L } = r.scales;
  const lSyncLimit = 4 + Math.ceil(L.syncBytes / FOUR_MB);
  const maxSync = Math.max(S.maxSyncBytes, M.maxSyncBytes, L.maxSyncBytes);
  return [
    {
      goal: "`report` at L at most 0.15 × the exceljs read+write floor",
      measured: `${(L.reportMs / L.floorMs).toFixed(3)} × (${L.reportMs} ms vs ${L.floorMs} ms)`,
      met: L.reportMs <= 0.15 * L.floorMs,
    },
    { goal: "peak memory of the `report` process at L at most 1 GB", measured: `${L.reportPeakRssMb} MB`, met: L.reportPeakRssMb <= 1024 },
    {
      goal: "reading the register + core work at L within 3 × the package floor",
      measured: `${(L.readMs + L.coreMs).toFixed(0)} ms vs 3 × ${L.packageFloorMs} ms`,
      met: L.readMs + L.coreMs <= 3 * L.packageFloorMs,
    },
    {
      goal: "syncs per command at most 4, the same at S and M",
      measured: `check ${S.syncs.check}/${M.syncs.check}, build ${S.syncs.build}/${M.syncs.build}`,
      met:
        Math.max(S.syncs.check, S.syncs.build, M.syncs.check, M.syncs.build) <= 4 &&
        S.syncs.check === M.syncs.check &&
        S.syncs.build === M.syncs.build,
    },
    {
      goal: `syncs at L at most 4 + one per 4 MB moved (${lSyncLimit})`,
      measured: `check ${L.syncs.check}, build ${L.syncs.build}`,
      met: Math.max(L.syncs.check, L.syncs.build) <= lSyncLimit,
    },
    { goal: "no sync payload over 4 MB", measured: `largest ${(maxSync / 1024 / 1024).toFixed(2)} MB`, met: maxSync <= FOUR_MB },
    { goal: "start-up JavaScript under 200 KB gzip", measured: `${r.taskpane.startupGzipKb} KB`, met: r.taskpane.startupGzipKb < 200 },
    { goal: "standalone page interactive within 500 ms", measured: `${r.taskpane.interactiveMs} ms`, met: r.taskpane.interactiveMs < 500 },
    {
      goal: "standalone page: M register chosen → figures shown under 1 s",
      measured: `${r.taskpane.openMs} ms`,
      met: r.taskpane.openMs < 1000,
    },
    {
      goal: "L register: longest main-thread task while opening and while building the report under 200 ms",
      measured: `${r.taskpane.longestTaskOpenMs} ms opening, ${r.taskpane.longestTaskReportMs} ms building`,
      met: r.taskpane.longestTaskMs < 200,
    },
    {
      goal: "L register: click on Bygg rapport → progress visible under 300 ms",
      measured: `${r.taskpane.progressMs} ms`,
      met: r.taskpane.progressMs < 300,
    },
  ];
}

/** The console table and docs/performance.md for one run. */
export function renderPerformance(r: BenchResult): { table: string; markdown: string } {
  const rows: Array<[string, (s: BenchResult["scales"][string]) => string | number]> = [
    ["rows in the register", (s) => s.rows],
    ["file size (KB)", (s) => s.fileKb],
    ["exceljs read + write, the old floor (ms)", (s) => s.floorMs],
    ["package floor: inflate every sheet, scan every cell (ms)", (s) => s.packageFloorMs],
    ["`report` end to end (ms)", (s) => s.reportMs],
    ["`report` ÷ exceljs floor", (s) => (s.reportMs / s.floorMs).toFixed(3)],
    ["reading the register's sheets (ms)", (s) => s.readMs],
    ["reader (ms)", (s) => s.readerMs],
    ["checks (ms)", (s) => s.checksMs],
    ["summaries (ms)", (s) => s.summaryMs],
    ["report layout + chart specs (ms)", (s) => s.layoutMs],
    ["core total (ms)", (s) => s.coreMs],
    ["read + core ÷ package floor", (s) => ((s.readMs + s.coreMs) / s.packageFloorMs).toFixed(2)],
    ["syncs: check", (s) => s.syncs.check],
    ["syncs: build report", (s) => s.syncs.build],
    ["bytes moved by build report", (s) => s.syncBytes],
    ["largest sync payload (bytes)", (s) => s.maxSyncBytes],
    ["peak memory, `report` alone (MB)", (s) => s.reportPeakRssMb],
    ["peak memory, all of the above with the exceljs floor (MB)", (s) => s.peakRssMb],
  ];
  const names = Object.keys(r.scales);
  const header = `| measure | ${names.join(" | ")} |\n|---|${names.map(() => "---:").join("|")}|`;
  const body = rows.map(([label, get]) => `| ${label} | ${names.map((n) => get(r.scales[n])).join(" | ")} |`).join("\n");
  const taskpane = `| task pane | value |\n|---|---:|\n| start-up JavaScript, gzip (KB) | ${r.taskpane.startupGzipKb} |\n| standalone page interactive, median (ms) | ${r.taskpane.interactiveMs} |
| M register chosen → key figures shown, median (ms) | ${r.taskpane.openMs} |
| L register: longest main-thread task while it opens (ms) | ${r.taskpane.longestTaskOpenMs} |
| L register: longest main-thread task while its report is built (ms) | ${r.taskpane.longestTaskReportMs} |
| L register: click on Bygg rapport → progress bar shown, median (ms) | ${r.taskpane.progressMs} |
| L register: click on Bygg rapport → report downloaded, median (ms) | ${r.taskpane.reportMs} |`;
  const goals = evaluateGoals(r);
  const goalTable = `| goal | measured | met |\n|---|---|---|\n${goals.map((g) => `| ${g.goal} | ${g.measured} | ${g.met ? "yes" : "**no**"} |`).join("\n")}`;
  const analysisPath = join(__dirname, "analysis.md");
  const analysis = existsSync(analysisPath) ? readFileSync(analysisPath, "utf8") : "";
  const m = r.machine;
  const markdown = `# Performance

Written by \`npm run bench\` on ${m.date}: ${m.cpu}, ${m.cores} cores, ${m.memoryGb} GB, Node ${m.node}.
Scales: S = 40 initiatives × 4 periods, M = 500 × 8, L = 5,000 × 12 with about 5 dependencies per active initiative
per period and 1,000 cost rows (bench/generateRegister.ts, deterministic). Times are medians of several runs. Both
floors are measured in the same run as \`report\`: exceljs loading and writing the whole workbook (what \`report\` cost
before the file host read packages), and inflating every worksheet part and tokenizing every cell (what any reader
must do). \`report\`'s peak memory is measured in a process that does nothing else.

${header}
${body}

${taskpane}

## Goals

${goalTable}

${analysis}`;
  return { table: `${header}\n${body}\n\n${taskpane}\n\n${goalTable}`, markdown };
}
