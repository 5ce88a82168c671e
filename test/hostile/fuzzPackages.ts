/**
 * Runs `check` and `report` on 200 registers whose package structure is
 * mutated (merged areas, zip records, relationships, parts), in this process,
 * and prints one JSON line per run. Run by fuzzPackages.test.ts in a process of
 * its own with a capped heap, so that a run that exhausts memory fails the test.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { main } from "../../src/cli/main";
import { craftZip, entriesOf, samplePartOf, sampleParts, type CraftedEntry } from "./zipBuilder";

type Mutation =
  | { kind: "merge"; sheet: number; from: [number, number]; to: [number, number] }
  | { kind: "target"; rel: number; target: string }
  | { kind: "rel-type"; rel: number }
  | { kind: "drop-part"; part: number }
  | { kind: "shared-string"; sheet: number; index: number }
  | { kind: "count"; delta: number }
  | { kind: "declared-size"; part: number; factor: number }
  | { kind: "truncate"; at: number }
  | { kind: "flip"; at: number; byte: number };

const SHEETS = ["Tiltak", "Rapporter", "Avhengigheter", "Driftskostnader", "Kodeverk"];
const TARGETS = [
  "",
  "/",
  "../../../../etc/passwd",
  "worksheets/missing.xml",
  "/xl/worksheets/sheet1.xml",
  "worksheets/sheet1.xml#x",
  "%2e%2e/%2e%2e/x.xml",
  "worksheets/" + "a".repeat(5000) + ".xml",
  "C:\\\\Windows\\\\x.xml",
  "http://example.invalid/x.xml",
  "styles.xml",
];
const corner = fc.tuple(
  fc.oneof(fc.integer({ min: 1, max: 40 }), fc.constantFrom(1048576, 65536, 0)),
  fc.oneof(fc.integer({ min: 1, max: 30 }), fc.constantFrom(16384, 702, 0)),
);

// Weighted toward what reaches the readers and writers; a broken zip record stops a run at the door.
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant("merge" as const), sheet: fc.nat(4), from: corner, to: corner }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant("target" as const), rel: fc.nat(12), target: fc.constantFrom(...TARGETS) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("rel-type" as const), rel: fc.nat(12) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("drop-part" as const), part: fc.nat(30) }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant("shared-string" as const),
      sheet: fc.nat(4),
      index: fc.oneof(fc.integer({ min: -3, max: 10_000_000 }), fc.constant(2 ** 53)),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("count" as const), delta: fc.integer({ min: -3, max: 3 }) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant("declared-size" as const),
      part: fc.nat(30),
      factor: fc.constantFrom(0, 0.5, 2, 1000, 2 ** 20),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("truncate" as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant("flip" as const), at: fc.double({ min: 0, max: 1, noNaN: true }), byte: fc.nat(255) }),
  },
);

const decode = (b: Uint8Array) => new TextDecoder().decode(b);
const encode = (t: string) => new TextEncoder().encode(t);

function mutate(parts: Map<string, Uint8Array>, mutations: readonly Mutation[]): Uint8Array {
  const changed = new Map(parts);
  const entries = () => entriesOf(changed);
  let countDelta = 0;
  const sizes = new Map<string, number>();
  const bytesEdits: Mutation[] = [];
  for (const m of mutations) {
    const names = [...changed.keys()];
    if (m.kind === "merge") {
      const part = samplePartOf(parts, SHEETS[m.sheet]);
      const ref = `${letters(m.from[1])}${m.from[0]}:${letters(m.to[1])}${m.to[0]}`;
      changed.set(
        part,
        encode(
          decode(changed.get(part) ?? new Uint8Array()).replace(
            "</sheetData>",
            `</sheetData><mergeCells count="1"><mergeCell ref="${ref}"/></mergeCells>`,
          ),
        ),
      );
    } else if (m.kind === "target" || m.kind === "rel-type") {
      const rels = "xl/_rels/workbook.xml.rels";
      const xml = decode(changed.get(rels) ?? new Uint8Array());
      let n = 0;
      changed.set(
        rels,
        encode(
          xml.replace(/<Relationship\b[^>]*>/g, (tag) => {
            if (n++ !== m.rel) {
              return tag;
            }
            return m.kind === "target"
              ? tag.replace(/Target="[^"]*"/, `Target="${m.target}"`)
              : tag.replace(/Type="[^"]*"/, 'Type="urn:x"');
          }),
        ),
      );
    } else if (m.kind === "drop-part") {
      changed.delete(names[m.part % names.length]);
    } else if (m.kind === "shared-string") {
      const part = samplePartOf(parts, SHEETS[m.sheet]);
      changed.set(part, encode(decode(changed.get(part) ?? new Uint8Array()).replace(/(t="s"[^>]*><v>)\d+(<\/v>)/, `$1${m.index}$2`)));
    } else if (m.kind === "count") {
      countDelta += m.delta;
    } else if (m.kind === "declared-size") {
      const name = names[m.part % names.length];
      sizes.set(name, Math.floor((changed.get(name)?.length ?? 0) * m.factor));
    } else {
      bytesEdits.push(m);
    }
  }
  const crafted: CraftedEntry[] = entries().map((e) =>
    sizes.has(e.name) ? { ...e, declaredSize: Math.min(sizes.get(e.name)!, 0xffffffff) } : e,
  );
  let bytes = craftZip(crafted, { declaredCount: Math.max(0, crafted.length + countDelta) });
  for (const m of bytesEdits) {
    if (m.kind === "truncate") {
      bytes = bytes.slice(0, Math.floor(bytes.length * m.at));
    } else if (m.kind === "flip" && bytes.length > 0) {
      bytes[Math.min(bytes.length - 1, Math.floor(bytes.length * m.at))] = m.byte;
    }
  }
  return bytes;
}

function letters(column: number): string {
  let out = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  }
  return out || "A";
}

async function run(): Promise<void> {
  const parts = await sampleParts();
  const runs = fc.sample(fc.array(mutation, { minLength: 1, maxLength: 4 }), { numRuns: 200, seed: 20231130 });
  const dir = mkdtempSync(join(tmpdir(), "fuzz-packages-"));
  try {
    for (const [i, mutations] of runs.entries()) {
      const file = join(dir, `mutant-${i}.xlsx`);
      writeFileSync(file, mutate(parts, mutations));
      const command = i % 2 === 0 ? ["check", file] : ["report", file, "--out", join(dir, `report-${i}.xlsx`)];
      const started = performance.now();
      let code: number;
      let error: string | undefined;
      try {
        code = await main(
          command,
          () => undefined,
          () => undefined,
        );
      } catch (e) {
        code = 3;
        error = e instanceof Error ? e.stack?.split("\n").slice(0, 3).join(" | ") : String(e);
      }
      const ms = Math.round(performance.now() - started);
      process.stdout.write(`${JSON.stringify({ i, command: command[0], mutations, code, ms, error })}\n`);
    }
    process.stdout.write(`${JSON.stringify({ done: true, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) })}\n`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

run().catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
