/**
 * npm run bench [-- --json]: every scale in processes of their own, the
 * Office round trips through the test double, and the task pane's start-up
 * and open costs; prints one table and writes docs/performance.md.
 */
import { execFileSync } from "node:child_process";
import { cpus, tmpdir, totalmem } from "node:os";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { generateWorkbook, SCALES } from "./generateRegister";
import type { BenchResult } from "./benchResult";
import type { OfficeResult } from "./measureOffice";
import type { ReportResult } from "./measureReport";
import type { ScaleResult } from "./measureScale";
import { measureTaskpane } from "./measureTaskpane";
import { renderPerformance } from "./renderPerformance";

const ROOT = join(__dirname, "..");
const TSX = join(ROOT, "node_modules", ".bin", "tsx");

function child<T>(script: string, ...args: string[]): T {
  // A process per measurement: its peak memory is its own, and one scale's garbage never slows the next.
  const out = execFileSync(TSX, [join(__dirname, script), ...args], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 16 * 1024 * 1024,
    env: { ...process.env, NODE_OPTIONS: "--max-old-space-size=4096" },
  });
  return JSON.parse(out.trim().split("\n").pop() ?? "{}") as T;
}

async function main(): Promise<void> {
  const json = process.argv.includes("--json");
  const log = (line: string) => {
    if (!json) {
      console.error(line);
    }
  };
  const scales: BenchResult["scales"] = {};
  for (const name of ["S", "M", "L"]) {
    log(`scale ${name}: files and core…`);
    const files = child<ScaleResult>("measureScale.ts", name);
    log(`scale ${name}: report alone, for its peak memory…`);
    const file = join(mkdtempSync(join(tmpdir(), "bench-")), `${name}.xlsx`);
    writeFileSync(file, await generateWorkbook(SCALES.find((s) => s.name === name)!));
    const { scale: _report, ...report } = child<ReportResult>("measureReport.ts", name, file);
    rmSync(file);
    log(`scale ${name}: Office round trips…`);
    const { scale: _office, ...office } = child<OfficeResult>("measureOffice.ts", name);
    scales[name] = { ...files, ...report, ...office };
  }
  log("task pane: bundle, start-up, and the L register in the page…");
  const taskpane = await measureTaskpane(ROOT);
  const result: BenchResult = {
    machine: {
      cpu: cpus()[0]?.model ?? "unknown",
      cores: cpus().length,
      memoryGb: Math.round(totalmem() / 2 ** 30),
      node: process.version,
      date: new Date().toISOString().slice(0, 10),
    },
    scales,
    taskpane,
  };
  const doc = renderPerformance(result);
  writeFileSync(join(ROOT, "docs", "performance.md"), doc.markdown);
  if (json) {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  } else {
    console.log(doc.table);
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  // Whatever a failed step left open (a server, a browser that never came up) must not keep the run alive.
  process.exit(1);
});
