import { UnusableInputError } from "../../../workbook/errors";
import { LIMITS, type Limits } from "./limits";
import { readZipDirectory, type ZipEntry } from "./readZipDirectory";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
// Office writes password-protected workbooks as an OLE compound file, like old .xls.
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const STORED = 0;
const DEFLATED = 8;

/**
 * Tells a usable .xlsx package from what is not, before any part is
 * inflated: empty, not a zip, encrypted, damaged, compressed in a way no
 * spreadsheet writer uses, or larger than the limits once unpacked (as
 * declared; every inflate is also stopped at the declared size).
 */
export function inspectZip(bytes: Uint8Array, file: string, limits: Limits = LIMITS): ZipEntry[] {
  if (bytes.length === 0) {
    throw new UnusableInputError("empty", file);
  }
  if (startsWith(bytes, CFB_MAGIC)) {
    throw new UnusableInputError("encrypted", file);
  }
  if (!startsWith(bytes, ZIP_MAGIC)) {
    throw new UnusableInputError("not-xlsx", file);
  }
  if (bytes.length > limits.fileBytes) {
    throw new UnusableInputError("too-large", file, `${mb(bytes.length)} MB > ${mb(limits.fileBytes)} MB`);
  }
  const entries = readZipDirectory(bytes, file);
  if (entries.some((e) => (e.flags & 1) === 1)) {
    throw new UnusableInputError("encrypted", file);
  }
  const odd = entries.find((e) => e.method !== STORED && e.method !== DEFLATED);
  if (odd) {
    throw new UnusableInputError("unreadable", file, `${odd.name} uses zip compression method ${odd.method}`);
  }
  const unpacked = entries.reduce((sum, e) => sum + e.size, 0);
  if (unpacked > limits.uncompressedBytes) {
    throw new UnusableInputError("too-large", file, `${mb(unpacked)} MB unpacked > ${mb(limits.uncompressedBytes)} MB`);
  }
  return entries;
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);
}

function mb(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0);
}
