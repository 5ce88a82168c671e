import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { constants, createDeflateRaw } from "node:zlib";
import { FileWorkbook } from "../../src/host/file/fileWorkbook";
import { checksum, ROOT, tempDir } from "./hostileFiles";
import { craftZip, entriesOf, samplePartOf, sampleParts, type CraftedEntry } from "./zipBuilder";

const encode = (text: string) => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

/**
 * `check` on a crafted file in a process of its own whose heap may not pass
 * 512 MB: a file over a limit must be refused with one line, long before.
 */
function checkInProcess(bytes: Uint8Array, name: string): { status: number | null; lines: string[]; unchanged: boolean } {
  const dir = tempDir();
  const file = join(dir, name);
  writeFileSync(file, bytes);
  const before = checksum(file);
  const result = spawnSync(join(ROOT, "node_modules", ".bin", "tsx"), [join(ROOT, "src/cli/main.ts"), "check", file, "--lang", "en"], {
    encoding: "utf8",
    timeout: 120_000,
    env: { ...process.env, NODE_OPTIONS: "--max-old-space-size=512" },
  });
  return { status: result.status, lines: result.stderr.trim().split("\n"), unchanged: checksum(file) === before };
}

/** Deflates a long text made piece by piece, never holding it whole. */
async function deflateStream(pieces: Iterable<string | Uint8Array>): Promise<{ deflated: Uint8Array; size: number }> {
  const deflater = createDeflateRaw({ level: constants.Z_BEST_SPEED });
  const out: Buffer[] = [];
  deflater.on("data", (c: Buffer) => out.push(c));
  const done = new Promise((resolve) => deflater.on("end", resolve));
  let size = 0;
  for (const piece of pieces) {
    const bytes = typeof piece === "string" ? encode(piece) : piece;
    size += bytes.length;
    if (!deflater.write(bytes)) {
      await new Promise((resolve) => deflater.once("drain", resolve));
    }
  }
  deflater.end();
  await done;
  return { deflated: new Uint8Array(Buffer.concat(out)), size };
}

/** A worksheet part's XML with `extra` put in right after its sheetData. */
function withAfterSheetData(xml: string, extra: string): string {
  return xml.replace(/<\/sheetData>|<sheetData\/>/, (m) => (m === "<sheetData/>" ? `<sheetData/>${extra}` : `</sheetData>${extra}`));
}

describe("a file over a limit is refused with one line, under 512 MB of heap", () => {
  let parts: Map<string, Uint8Array>;
  let tiltak: string;
  beforeAll(async () => {
    parts = await sampleParts();
    tiltak = samplePartOf(parts, "Tiltak");
  });

  it("a 23 KB-like register with one merged area over the whole sheet", () => {
    const xml = withAfterSheetData(decode(parts.get(tiltak)!), '<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>');
    const result = checkInProcess(craftZip(entriesOf(parts, { [tiltak]: encode(xml) })), "merged.xlsx");
    expect(result.status).toBe(2);
    expect(result.lines).toHaveLength(1);
    expect(result.lines[0]).toMatch(/too many cells/);
    expect(result.unchanged).toBe(true);
  });

  it("an entry hidden behind a lowered count in the end record", () => {
    const entries = entriesOf(parts);
    const result = checkInProcess(craftZip(entries, { declaredCount: entries.length - 1 }), "hidden.xlsx");
    expect(result.status).toBe(2);
    expect(result.lines).toEqual([expect.stringMatching(/is not an Excel workbook.*declares \d+ entries and holds \d+/)]);
  });

  it("a sheet part that declares 1 KB and holds 1.5 GB", async () => {
    const zeros = new Uint8Array(1 << 20);
    const { deflated } = await deflateStream(
      (function* () {
        for (let i = 0; i < 1536; i++) {
          yield zeros;
        }
      })(),
    );
    const result = checkInProcess(craftZip(entriesOf(parts, { [tiltak]: { name: tiltak, deflated, declaredSize: 1024 } })), "lying.xlsx");
    expect(result.status).toBe(2);
    expect(result.lines).toEqual([expect.stringMatching(/holds more than the zip declares/)]);
  });

  it("a sheet part that declares 3.9 GB", () => {
    const lie: CraftedEntry = { name: tiltak, data: parts.get(tiltak), declaredSize: 3.9 * 2 ** 30 };
    const result = checkInProcess(craftZip(entriesOf(parts, { [tiltak]: lie })), "declared.xlsx");
    expect(result.status).toBe(2);
    expect(result.lines).toEqual([expect.stringMatching(/too large \(.*MB unpacked/)]);
  });

  it("an honest 180 MB sheet of 12 million cells, under the size limits", async () => {
    const row = `<row>${"<c><v>1</v></c>".repeat(1000)}</row>`;
    const { deflated, size } = await deflateStream(
      (function* () {
        yield '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
        for (let i = 0; i < 12_000; i++) {
          yield row;
        }
        yield "</sheetData></worksheet>";
      })(),
    );
    expect(size).toBeLessThan(600 * 2 ** 20);
    const result = checkInProcess(craftZip(entriesOf(parts, { [tiltak]: { name: tiltak, deflated, declaredSize: size } })), "honest.xlsx");
    expect(result.status).toBe(2);
    expect(result.lines).toEqual([expect.stringMatching(/too many cells \(5,00\d,\d{3} > 5,000,000\)/)]);
  }, 120_000);

  it("a local header whose sizes disagree with the directory", () => {
    const bytes = craftZip(entriesOf(parts));
    // The first local header's compressed size, made one byte larger.
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    view.setUint32(18, view.getUint32(18, true) + 1, true);
    const result = checkInProcess(bytes, "sizes.xlsx");
    expect(result.status).toBe(2);
    expect(result.lines).toEqual([expect.stringMatching(/sizes differ between directory and local header/)]);
  });

  it("a cell pointing at a shared string the workbook does not have", () => {
    const xml = decode(parts.get(tiltak)!).replace(/(<c r="B2"[^>]*t="s"[^>]*><v>)\d+(<\/v>)/, "$199999$2");
    expect(xml).toContain("99999");
    const result = checkInProcess(craftZip(entriesOf(parts, { [tiltak]: encode(xml) })), "strings.xlsx");
    expect(result.status).toBe(2);
    expect(result.lines).toEqual([expect.stringMatching(/Tiltak!B2 points at shared string 99999/)]);
  });
});

describe("merged cells read as Excel shows them", () => {
  it("only the top-left cell of a merged area holds a value; a whole-column merge is read, not refused", async () => {
    const parts = await sampleParts();
    const tiltak = samplePartOf(parts, "Tiltak");
    const xml = withAfterSheetData(
      decode(parts.get(tiltak)!),
      '<mergeCells count="2"><mergeCell ref="A2:B2"/><mergeCell ref="Z1:Z1048576"/></mergeCells>',
    );
    const port = await FileWorkbook.open(craftZip(entriesOf(parts, { [tiltak]: encode(xml) })), "merged.xlsx");
    const [sheet] = await port.readSheets(["Tiltak"]);
    const original = (await (await FileWorkbook.open(craftZip(entriesOf(parts)), "plain.xlsx")).readSheets(["Tiltak"]))[0];
    expect(original.values[1][1]).not.toBeNull();
    expect(sheet.values[1][0]).toBe(original.values[1][0]);
    expect(sheet.values[1][1]).toBeNull();
    expect(sheet.values.length).toBe(original.values.length);
  });
});
