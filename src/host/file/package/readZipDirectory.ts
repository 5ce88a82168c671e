import { UnusableInputError } from "../../../workbook/errors";

/** One entry of a zip, as its central directory record and local header describe it. */
export interface ZipEntry {
  name: string;
  /** The name as stored (kept byte for byte when the entry is copied). */
  nameBytes: Uint8Array;
  flags: number;
  method: number;
  /** MS-DOS time and date of the entry. */
  time: number;
  date: number;
  crc: number;
  compressedSize: number;
  /** Uncompressed size as the directory declares it; inflating never goes past it. */
  size: number;
  /** Where the compressed data starts in the file. */
  dataOffset: number;
}

/** The signatures that open a zip's records (APPNOTE.TXT 4.3): the reader checks them, the writer writes them. */
export const ZIP_SIGNATURE = {
  local: 0x04034b50,
  central: 0x02014b50,
  end: 0x06054b50,
  zip64Locator: 0x07064b50,
  zip64End: 0x06064b50,
} as const;
const MAX_COMMENT = 0xffff;

/**
 * The zip's entries, found by walking the central directory record by record
 * to its end (every record must be where the previous one ends, and point at
 * a local header that names the same entry with the same sizes), never by
 * trusting the count the end record gives: an entry hidden behind a lowered
 * count makes the file refused. Zip64 sizes and offsets are understood.
 */
export function readZipDirectory(bytes: Uint8Array, file: string): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const damaged = (what: string) => new UnusableInputError("not-xlsx", file, `damaged zip: ${what}`);
  const eocd = findEndRecord(view);
  if (eocd < 0) {
    throw new UnusableInputError("not-xlsx", file, "no zip directory");
  }
  let count = view.getUint16(eocd + 10, true);
  let size = view.getUint32(eocd + 12, true);
  let offset = view.getUint32(eocd + 16, true);
  if (eocd >= 20 && view.getUint32(eocd - 20, true) === ZIP_SIGNATURE.zip64Locator) {
    const at = safeNumber(view, eocd - 20 + 8);
    if (at + 56 > bytes.length || view.getUint32(at, true) !== ZIP_SIGNATURE.zip64End) {
      throw damaged("zip64 end record");
    }
    count = safeNumber(view, at + 32);
    size = safeNumber(view, at + 40);
    offset = safeNumber(view, at + 48);
  }
  if (offset + size > bytes.length) {
    throw damaged("directory outside the file");
  }
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder();
  let pos = offset;
  while (pos < offset + size) {
    if (pos + 46 > offset + size || view.getUint32(pos, true) !== ZIP_SIGNATURE.central) {
      throw damaged("directory record");
    }
    const nameLength = view.getUint16(pos + 28, true);
    const extraLength = view.getUint16(pos + 30, true);
    const commentLength = view.getUint16(pos + 32, true);
    const end = pos + 46 + nameLength + extraLength + commentLength;
    if (end > offset + size) {
      throw damaged("directory record");
    }
    const nameBytes = bytes.slice(pos + 46, pos + 46 + nameLength);
    let compressedSize = view.getUint32(pos + 20, true);
    let uncompressed = view.getUint32(pos + 24, true);
    let local = view.getUint32(pos + 42, true);
    const wide = readZip64Extra(view, pos + 46 + nameLength, extraLength, {
      size: uncompressed === 0xffffffff,
      compressed: compressedSize === 0xffffffff,
      offset: local === 0xffffffff,
    });
    uncompressed = wide.size ?? uncompressed;
    compressedSize = wide.compressed ?? compressedSize;
    local = wide.offset ?? local;
    if (local + 30 > bytes.length || view.getUint32(local, true) !== ZIP_SIGNATURE.local) {
      throw damaged("local header");
    }
    const localName = view.getUint16(local + 26, true);
    const dataOffset = local + 30 + localName + view.getUint16(local + 28, true);
    if (localName !== nameLength || !sameBytes(bytes, local + 30, nameBytes)) {
      throw damaged("local header names another entry");
    }
    if (!sameSizes(view, local, compressedSize, uncompressed)) {
      throw damaged(`${decoder.decode(nameBytes)}: sizes differ between directory and local header`);
    }
    if (dataOffset + compressedSize > bytes.length) {
      throw damaged("entry outside the file");
    }
    entries.push({
      name: decoder.decode(nameBytes),
      nameBytes,
      flags: view.getUint16(pos + 8, true),
      method: view.getUint16(pos + 10, true),
      time: view.getUint16(pos + 12, true),
      date: view.getUint16(pos + 14, true),
      crc: view.getUint32(pos + 16, true),
      compressedSize,
      size: uncompressed,
      dataOffset,
    });
    pos = end;
  }
  if (entries.length !== count) {
    throw damaged(`the directory declares ${count} entries and holds ${entries.length}`);
  }
  return entries;
}

// The local header repeats the sizes unless they follow the data (flag bit 3) or live in a zip64 field.
function sameSizes(view: DataView, local: number, compressed: number, size: number): boolean {
  if ((view.getUint16(local + 6, true) & 0x08) !== 0) {
    return true;
  }
  const c = view.getUint32(local + 18, true);
  const u = view.getUint32(local + 22, true);
  if (c === 0xffffffff || u === 0xffffffff) {
    return true;
  }
  return c === compressed && u === size;
}

function findEndRecord(view: DataView): number {
  for (let i = view.byteLength - 22; i >= Math.max(0, view.byteLength - 22 - MAX_COMMENT); i--) {
    if (view.getUint32(i, true) === ZIP_SIGNATURE.end) {
      return i;
    }
  }
  return -1;
}

function readZip64Extra(
  view: DataView,
  start: number,
  length: number,
  wanted: { size: boolean; compressed: boolean; offset: boolean },
): { size?: number; compressed?: number; offset?: number } {
  for (let pos = start; pos + 4 <= start + length;) {
    const id = view.getUint16(pos, true);
    const len = view.getUint16(pos + 2, true);
    if (id === 0x0001) {
      let at = pos + 4;
      const next = () => {
        const v = safeNumber(view, at);
        at += 8;
        return v;
      };
      return {
        size: wanted.size ? next() : undefined,
        compressed: wanted.compressed ? next() : undefined,
        offset: wanted.offset ? next() : undefined,
      };
    }
    pos += 4 + len;
  }
  return {};
}

// A 64-bit field as a number; values past 2^53 are no real workbook and make the file refused further on.
function safeNumber(view: DataView, at: number): number {
  if (at + 8 > view.byteLength) {
    return Number.MAX_SAFE_INTEGER;
  }
  return view.getUint32(at, true) + view.getUint32(at + 4, true) * 2 ** 32;
}

function sameBytes(bytes: Uint8Array, at: number, name: Uint8Array): boolean {
  for (let i = 0; i < name.length; i++) {
    if (bytes[at + i] !== name[i]) {
      return false;
    }
  }
  return true;
}
