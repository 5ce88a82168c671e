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
