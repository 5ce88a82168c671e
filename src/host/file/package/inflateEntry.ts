import { Inflate } from "fflate";
import { UnusableInputError } from "../../../workbook/errors";
import type { ZipEntry } from "./readZipDirectory";

// Compressed bytes handed to the inflater at a time: output then comes in chunks of a few hundred KB.
const SLICE = 64 * 1024;

/**
 * Inflates one entry chunk by chunk into `onChunk`, never past the size the
 * zip declares for it (a part that claims less than it holds is refused, so
 * the limits checked on the declared sizes hold for the real bytes).
 */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry, file: string, onChunk: (chunk: Uint8Array) => void): void {
  const data = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  let produced = 0;
  const take = (chunk: Uint8Array) => {
    produced += chunk.length;
    if (produced > entry.size) {
      throw new UnusableInputError("unreadable", file, `${entry.name} holds more than the zip declares`);
    }
    if (chunk.length > 0) {
      onChunk(chunk);
    }
  };
  if (entry.method === 0) {
    for (let at = 0; at < data.length; at += SLICE) {
      take(data.subarray(at, Math.min(data.length, at + SLICE)));
    }
    return;
  }
  const inflater = new Inflate((chunk) => take(chunk));
  try {
    if (data.length === 0) {
      inflater.push(data, true);
    }
    for (let at = 0; at < data.length; at += SLICE) {
      const end = Math.min(data.length, at + SLICE);
      inflater.push(data.subarray(at, end), end === data.length);
    }
  } catch (e) {
    if (e instanceof UnusableInputError) {
      throw e;
    }
    throw new UnusableInputError("unreadable", file, `${entry.name} cannot be inflated`);
  }
}

/** A whole entry's bytes (for the small index parts). */
export function inflateWhole(bytes: Uint8Array, entry: ZipEntry, file: string): Uint8Array {
  const out = new Uint8Array(entry.size);
  let at = 0;
  inflateEntry(bytes, entry, file, (chunk) => {
    out.set(chunk, at);
    at += chunk.length;
  });
  return at === out.length ? out : out.subarray(0, at);
}

/**
 * The same as inflateEntry, with the platform's own inflater where it has one
 * (DecompressionStream, in browsers and Node): the large sheet parts inflate
 * natively, without waiting for JavaScript to warm up. Chunks arrive as the
 * inflater makes them; the declared size caps them all the same.
 */
export async function inflateEntryAsync(
  bytes: Uint8Array,
  entry: ZipEntry,
  file: string,
  onChunk: (chunk: Uint8Array) => void,
): Promise<void> {
  if (entry.method === 0 || typeof DecompressionStream === "undefined" || typeof Blob === "undefined") {
    inflateEntry(bytes, entry, file, onChunk);
    return;
  }
  const data = bytes.subarray(entry.dataOffset, entry.dataOffset + entry.compressedSize);
  const stream = new Blob([data as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new DecompressionStream("deflate-raw"));
  const reader = stream.getReader();
  let produced = 0;
  for (;;) {
    let next: ReadableStreamReadResult<Uint8Array>;
    try {
      next = await reader.read();
    } catch {
      throw new UnusableInputError("unreadable", file, `${entry.name} cannot be inflated`);
    }
    if (next.done) {
      return;
    }
    produced += next.value.length;
    try {
      if (produced > entry.size) {
        throw new UnusableInputError("unreadable", file, `${entry.name} holds more than the zip declares`);
      }
      onChunk(next.value);
    } catch (e) {
      await reader.cancel().catch(() => undefined);
      throw e;
    }
  }
}
