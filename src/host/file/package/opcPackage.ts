import { decodeXml } from "../xml/xmlText";
import { inflateEntryAsync, inflateWhole } from "./inflateEntry";
import type { ZipEntry } from "./readZipDirectory";
import { writeZip, type ZipSource } from "./writeZip";

/** A part as the source file holds it, or bytes a command has written. */
export type Part = { name: string; entry: ZipEntry } | { name: string; data: Uint8Array };

const encoder = new TextEncoder();

/**
 * An .xlsx package held as its zip's bytes plus the parts a command has
 * changed, added or removed. Parts are found by name case-insensitively, as
 * the packaging conventions say. Unchanged parts are never inflated unless
 * read, and are written back as the compressed bytes they came as.
 */
export class OpcPackage {
  private readonly parts = new Map<string, Part>();

  constructor(
    private readonly source: Uint8Array,
    entries: readonly ZipEntry[],
    readonly file: string,
  ) {
    for (const entry of entries) {
      // Folders and duplicate names carry no part; the first of a duplicated name wins, as most readers do.
      if (entry.name.endsWith("/") || this.parts.has(key(entry.name))) {
        continue;
      }
      this.parts.set(key(entry.name), { name: entry.name, entry });
    }
  }

  /** The part of a name (any case), if the package has it. */
  part(name: string): Part | undefined {
    return this.parts.get(key(name));
  }

  has(name: string): boolean {
    return this.parts.has(key(name));
  }

  bytes(name: string): Uint8Array | undefined {
    const p = this.part(name);
    if (!p) {
      return undefined;
    }
    return "entry" in p ? inflateWhole(this.source, p.entry, this.file) : p.data;
  }

  text(name: string): string | undefined {
    const bytes = this.bytes(name);
    return bytes && decodeXml(bytes);
  }

  /** Streams a part's bytes in chunks, never holding the whole part; inflated natively where the platform can. */
  async stream(name: string, onChunk: (chunk: Uint8Array) => void): Promise<void> {
    const p = this.part(name);
    if (!p) {
      return;
    }
    if ("entry" in p) {
      await inflateEntryAsync(this.source, p.entry, this.file, onChunk);
    } else {
      onChunk(p.data);
    }
  }

  /** Writes a part: replaces it where it is, or adds it at the end. */
  set(name: string, content: string | Uint8Array): void {
    const data = typeof content === "string" ? encoder.encode(content) : content;
    const existing = this.part(name);
    this.parts.set(key(name), { name: existing?.name ?? name, data });
  }

  remove(name: string): void {
    this.parts.delete(key(name));
  }

  /** The parts as they are now, to go back to when a command fails halfway. */
  snapshot(): ReadonlyMap<string, Part> {
    return new Map(this.parts);
  }

  restore(snapshot: ReadonlyMap<string, Part>): void {
    this.parts.clear();
    for (const [k, p] of snapshot) {
      this.parts.set(k, p);
    }
  }

  /** The package as zip bytes. */
  save(): Uint8Array {
    const sources: ZipSource[] = [...this.parts.values()].map((p) =>
      "entry" in p ? { kind: "copy", entry: p.entry, from: this.source } : { kind: "new", name: p.name, data: p.data },
    );
    return writeZip(sources);
  }
}

function key(name: string): string {
  return name.toLowerCase();
}
