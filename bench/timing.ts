/** Median wall time of `runs` calls, in milliseconds (one warm-up call first). */
export async function medianMs(runs: number, fn: () => unknown): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return round(times[Math.floor(times.length / 2)]);
}

export function round(ms: number): number {
  return Math.round(ms * 10) / 10;
}

/** Runs one measurement as a child process: its JSON on stdout, a failure as one line and exit code 1. */
export function printMeasurement(measure: (scale: string) => Promise<unknown>): void {
  measure(process.argv[2] ?? "S").then(
    (r) => process.stdout.write(`${JSON.stringify(r)}\n`),
    (e: unknown) => {
      console.error(e instanceof Error ? e.message : String(e));
      process.exitCode = 1;
    },
  );
}
