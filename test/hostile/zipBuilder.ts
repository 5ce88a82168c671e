import { crc32, deflateRawSync } from "node:zlib";
import JSZip from "jszip";
import { readFileSync } from "node:fs";
import { SAMPLE } from "./hostileFiles";

/** One entry of a crafted zip: its bytes, or bytes compressed elsewhere with the size to declare. */
export interface CraftedEntry {
  name: string;
  data?: Uint8Array;
  /** Deflated bytes made elsewhere (a stream too large to hold uncompressed). */
  deflated?: Uint8Array;
  /** The uncompressed size the zip declares: the truth by default, a lie when given. */
  declaredSize?: number;
}

/**
 * A zip written byte by byte, so a test can make it lie: a declared size
 * other than the truth, or an end record whose count hides entries.
 */
export function craftZip(entries: readonly CraftedEntry[], options: { declaredCount?: number } = {}): Uint8Array {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const compressed = e.deflated ?? deflateRawSync(e.data ?? new Uint8Array(0));
    const size = e.declaredSize ?? e.data?.length ?? 0;
    const crc = e.data ? crc32(e.data) : 0;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(size >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    const record = Buffer.alloc(46);
    record.writeUInt32LE(0x02014b50, 0);
    record.writeUInt16LE(20, 4);
    record.writeUInt16LE(20, 6);
    record.writeUInt16LE(8, 10);
    record.writeUInt32LE(crc, 16);
    record.writeUInt32LE(compressed.length, 20);
    record.writeUInt32LE(size >>> 0, 24);
    record.writeUInt16LE(name.length, 28);
    record.writeUInt32LE(offset, 42);
    chunks.push(local, name, Buffer.from(compressed));
    central.push(record, name);
    offset += local.length + name.length + compressed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(options.declaredCount ?? entries.length, 8);
  end.writeUInt16LE(options.declaredCount ?? entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...chunks, directory, end]));
}

/** The sample register's parts, by name, to rebuild crafted registers from. */
export async function sampleParts(): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(readFileSync(SAMPLE));
  const parts = new Map<string, Uint8Array>();
  for (const name of Object.keys(zip.files).filter((n) => !zip.files[n].dir)) {
    parts.set(name, await zip.file(name)!.async("uint8array"));
  }
  return parts;
}

/** The sample's parts as crafted entries, with some replaced or added. */
export function entriesOf(parts: Map<string, Uint8Array>, changes: Record<string, Uint8Array | CraftedEntry> = {}): CraftedEntry[] {
  const names = [...new Set([...parts.keys(), ...Object.keys(changes)])];
  return names.map((name) => {
    const change = changes[name];
    if (change instanceof Uint8Array) {
      return { name, data: change };
    }
    return change ?? { name, data: parts.get(name)! };
  });
}

/** The part of a sheet of the sample by its name, found through the workbook and its relationships. */
export function samplePartOf(parts: Map<string, Uint8Array>, sheet: string): string {
  const text = (p: string) => new TextDecoder().decode(parts.get(p));
  const tag = new RegExp(`<sheet [^>]*name="${sheet}"[^>]*>`).exec(text("xl/workbook.xml"))![0];
  const id = / r:id="([^"]+)"/.exec(tag)![1];
  const rel = new RegExp(`<Relationship [^>]*Id="${id}"[^>]*>`).exec(text("xl/_rels/workbook.xml.rels"))![0];
  const target = /Target="([^"]+)"/.exec(rel)![1];
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}
