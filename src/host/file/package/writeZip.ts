import { deflateSync } from "fflate";
import { crc32 } from "./crc32";
import { ZIP_SIGNATURE, type ZipEntry } from "./readZipDirectory";

/** An entry to write: copied as it is from a source zip, or new bytes to compress. */
export type ZipSource = { kind: "copy"; entry: ZipEntry; from: Uint8Array } | { kind: "new"; name: string; data: Uint8Array };

/** What both headers of an entry say of it, and the bytes that follow the local one. */
type Record = Pick<ZipEntry, "nameBytes" | "flags" | "method" | "time" | "date" | "crc" | "size"> & { compressed: Uint8Array };

const UTF8_NAMES = 0x0800;
const encoder = new TextEncoder();

/**
 * A zip of the given entries in order. Copied entries keep their compressed
 * bytes, CRC and sizes untouched (nothing is inflated or deflated again);
 * new ones are deflated here. No data descriptors, no extra fields.
 */
export function writeZip(sources: readonly ZipSource[], now: Date = new Date()): Uint8Array {
  const { time, date } = dosTime(now);
  const records: Record[] = sources.map((s) => {
    if (s.kind === "copy") {
      const e = s.entry;
      return {
        nameBytes: e.nameBytes,
        flags: e.flags & UTF8_NAMES,
        method: e.method,
        time: e.time,
        date: e.date,
        crc: e.crc,
        size: e.size,
        compressed: s.from.subarray(e.dataOffset, e.dataOffset + e.compressedSize),
      };
    }
    const compressed = deflateSync(s.data, { level: 6 });
    const deflated = compressed.length < s.data.length;
    return {
      nameBytes: encoder.encode(s.name),
      flags: UTF8_NAMES,
      method: deflated ? 8 : 0,
      time,
      date,
      crc: crc32(s.data),
      size: s.data.length,
      compressed: deflated ? compressed : s.data,
    };
  });
  const localSize = records.reduce((n, r) => n + 30 + r.nameBytes.length + r.compressed.length, 0);
  const centralSize = records.reduce((n, r) => n + 46 + r.nameBytes.length, 0);
  const out = new Uint8Array(localSize + centralSize + 22);
  const view = new DataView(out.buffer);
  let pos = 0;
  const offsets: number[] = [];
  for (const r of records) {
    offsets.push(pos);
    view.setUint32(pos, ZIP_SIGNATURE.local, true);
    view.setUint16(pos + 4, 20, true);
    setSharedFields(view, pos + 6, r);
    view.setUint16(pos + 28, 0, true);
    out.set(r.nameBytes, pos + 30);
    out.set(r.compressed, pos + 30 + r.nameBytes.length);
    pos += 30 + r.nameBytes.length + r.compressed.length;
  }
  const central = pos;
  records.forEach((r, i) => {
    view.setUint32(pos, ZIP_SIGNATURE.central, true);
    view.setUint16(pos + 4, 20, true);
    view.setUint16(pos + 6, 20, true);
    setSharedFields(view, pos + 8, r);
    view.setUint32(pos + 42, offsets[i], true);
    out.set(r.nameBytes, pos + 46);
    pos += 46 + r.nameBytes.length;
  });
  view.setUint32(pos, ZIP_SIGNATURE.end, true);
  view.setUint16(pos + 8, records.length, true);
  view.setUint16(pos + 10, records.length, true);
  view.setUint32(pos + 12, pos - central, true);
  view.setUint32(pos + 16, central, true);
  return out;
}

// The local header and the central record describe an entry with the same fields in the same order
// (APPNOTE.TXT 4.3.7 and 4.3.12), from the flags to the name's length; only where they start differs.
function setSharedFields(view: DataView, at: number, r: Record): void {
  view.setUint16(at, r.flags, true);
  view.setUint16(at + 2, r.method, true);
  view.setUint16(at + 4, r.time, true);
  view.setUint16(at + 6, r.date, true);
  view.setUint32(at + 8, r.crc, true);
  view.setUint32(at + 12, r.compressed.length, true);
  view.setUint32(at + 16, r.size, true);
  view.setUint16(at + 20, r.nameBytes.length, true);
}

function dosTime(d: Date): { time: number; date: number } {
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | Math.floor(d.getSeconds() / 2),
    date: (Math.max(0, d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}
