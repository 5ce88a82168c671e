import { UnusableInputError } from "../../workbook/errors";
import { LIMITS, type Limits } from "./limits";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
// Office writes password-protected workbooks as an OLE compound file, like old .xls.
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
// Every .xlsx (transitional or strict) has its workbook part under xl/; a .docx or a plain zip does not.
const WORKBOOK_PART = /^xl\/[^/]*workbook[^/]*\.xml$/i;

/**
 * Tells a usable .xlsx from what is not, before any parser sees it: empty,
 * not a zip, a zip that holds no workbook, encrypted, or larger than the
 * limits once unpacked. Reads only the zip's directory, never inflates.
 */
export function inspectZip(bytes: Uint8Array, file: string, limits: Limits = LIMITS): void {
  if (bytes.length === 0) throw new UnusableInputError("empty", file);
  if (startsWith(bytes, CFB_MAGIC)) throw new UnusableInputError("encrypted", file);
  if (!startsWith(bytes, ZIP_MAGIC)) throw new UnusableInputError("not-xlsx", file);
  if (bytes.length > limits.fileBytes) {
    throw new UnusableInputError("too-large", file, `${mb(bytes.length)} MB > ${mb(limits.fileBytes)} MB`);
  }
  const entries = readDirectory(bytes, file);
  if (entries.some((e) => e.encrypted)) throw new UnusableInputError("encrypted", file);
  if (!entries.some((e) => WORKBOOK_PART.test(e.name))) throw new UnusableInputError("not-xlsx", file, "no workbook part");
  const unpacked = entries.reduce((sum, e) => sum + e.size, 0);
  if (unpacked > limits.uncompressedBytes) {
    throw new UnusableInputError("too-large", file, `${mb(unpacked)} MB unpacked > ${mb(limits.uncompressedBytes)} MB`);
  }
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

interface ZipEntry {
  name: string;
  /** Uncompressed size as the directory declares it. */
  size: number;
  encrypted: boolean;
}

/** The zip's central directory: names, declared sizes and the encryption flag of each part. */
function readDirectory(bytes: Uint8Array, file: string): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new UnusableInputError("not-xlsx", file, "no zip directory");
  const count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder();
  for (let n = 0; n < count; n++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) {
      throw new UnusableInputError("not-xlsx", file, "damaged zip directory");
    }
    const nameLength = view.getUint16(offset + 28, true);
    if (offset + 46 + nameLength > bytes.length) throw new UnusableInputError("not-xlsx", file, "damaged zip directory");
    entries.push({
      name: decoder.decode(bytes.subarray(offset + 46, offset + 46 + nameLength)),
      size: view.getUint32(offset + 24, true),
      encrypted: (view.getUint16(offset + 8, true) & 1) === 1,
    });
    offset += 46 + nameLength + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return entries;
}

function mb(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0);
}
