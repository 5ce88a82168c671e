import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { ROOT } from "./hostileFiles";

interface Run {
  i: number;
  command: string;
  mutations: unknown[];
  code: number;
  ms: number;
  error?: string;
}

describe("registers with a mutated package structure (merges, zip records, relationships, parts)", () => {
  let runs: Run[];
  let end: { done: boolean; maxRssMb: number } | undefined;
  let status: number | null;

  beforeAll(() => {
    // One process for all 200 runs, its heap capped: running out of memory ends it, and the test shows which run did.
    const result = spawnSync(join(ROOT, "node_modules", ".bin", "tsx"), [join(__dirname, "fuzzPackages.ts")], {
      encoding: "utf8",
      timeout: 600_000,
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, NODE_OPTIONS: "--max-old-space-size=1024" },
    });
    status = result.status;
    const lines = result.stdout
      .trim()
      .split("\n")
      .filter((l) => l.startsWith("{"))
      .map((l) => JSON.parse(l) as Run & { done?: boolean; maxRssMb?: number });
    runs = lines.filter((l) => !l.done);
    end = lines.find((l) => l.done) as typeof end;
  }, 620_000);

  it("all 200 runs end, in a process that stays under 1 GB", () => {
    expect(status).toBe(0);
    expect(runs).toHaveLength(200);
    expect(end?.maxRssMb).toBeLessThan(1024);
  });

  it("no run ends other than 0, 1 or 2 (no crash, no internal error)", () => {
    expect(runs.filter((r) => ![0, 1, 2].includes(r.code))).toEqual([]);
  });

  it("no run takes over 10 seconds", () => {
    expect(runs.filter((r) => r.ms > 10_000)).toEqual([]);
  });
});
