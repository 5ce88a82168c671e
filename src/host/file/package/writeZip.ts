import { deflateSync } from "fflate";
import { crc32 } from "./crc32";
import type { ZipEntry } from "./readZipDirectory";

/** An entry to write: copied as it is from a source zip, or new bytes to compress. */
export type ZipSource = { kind: "copy"; entry: ZipEntry; from: Uint8Array } | { kind: "new"; name: string; data: Uint8Array };

interface Record {
  nameBytes: Uint8Array;
  flags: number;
  method: number;
  time: number;
  date: number;
  crc: number;
  size: number;
  compressed: Uint8Array;
}

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
    view.setUint32(pos, 0x04034b50, true);
    view.setUint16(pos + 4, 20, true);
    view.setUint16(pos + 6, r.flags, true);
    view.setUint16(pos + 8, r.method, true);
    view.setUint16(pos + 10, r.time, true);
    view.setUint16(pos + 12, r.date, true);
    view.setUint32(pos + 14, r.crc, true);
    view.setUint32(pos + 18, r.compressed.length, true);
    view.setUint32(pos + 22, r.size, true);
    view.setUint16(pos + 26, r.nameBytes.length, true);
    view.setUint16(pos + 28, 0, true);
    out.set(r.nameBytes, pos + 30);
    out.set(r.compressed, pos + 30 + r.nameBytes.length);
    pos += 30 + r.nameBytes.length + r.compressed.length;
  }
  const central = pos;
  records.forEach((r, i) => {
    view.setUint32(pos, 0x02014b50, true);
    view.setUint16(pos + 4, 20, true);
    view.setUint16(pos + 6, 20, true);
    view.setUint16(pos + 8, r.flags, true);
    view.setUint16(pos + 10, r.method, true);
    view.setUint16(pos + 12, r.time, true);
    view.setUint16(pos + 14, r.date, true);
    view.setUint32(pos + 16, r.crc, true);
    view.setUint32(pos + 20, r.compressed.length, true);
    view.setUint32(pos + 24, r.size, true);
    view.setUint16(pos + 28, r.nameBytes.length, true);
    view.setUint32(pos + 42, offsets[i], true);
    out.set(r.nameBytes, pos + 46);
    pos += 46 + r.nameBytes.length;
  });
  view.setUint32(pos, 0x06054b50, true);
  view.setUint16(pos + 8, records.length, true);
  view.setUint16(pos + 10, records.length, true);
  view.setUint32(pos + 12, pos - central, true);
  view.setUint32(pos + 16, central, true);
  return out;
}

function dosTime(d: Date): { time: number; date: number } {
  return {
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | Math.floor(d.getSeconds() / 2),
    date: (Math.max(0, d.getFullYear() - 1980) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
  };
}
