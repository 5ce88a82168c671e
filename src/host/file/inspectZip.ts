import { UnusableInputError } from "../../workbook/errors";
import { LIMITS } from "./limits";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
// Office writes password-protected workbooks as an OLE compound file, like old .xls.
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/**
 * Tells a usable .xlsx from what is not, before any parser sees it: empty,
 * not a zip, encrypted, or larger than the limits once unpacked.
 */
export function inspectZip(bytes: Uint8Array, file: string): void {
  if (bytes.length === 0) throw new UnusableInputError("empty", file);
  if (startsWith(bytes, CFB_MAGIC)) throw new UnusableInputError("encrypted", file);
  if (!startsWith(bytes, ZIP_MAGIC)) throw new UnusableInputError("not-xlsx", file);
  if (bytes.length > LIMITS.fileBytes) {
    throw new UnusableInputError("too-large", file, `${mb(bytes.length)} MB > ${mb(LIMITS.fileBytes)} MB`);
  }
  const unpacked = uncompressedSize(bytes, file);
  if (unpacked > LIMITS.uncompressedBytes) {
    throw new UnusableInputError("too-large", file, `${mb(unpacked)} MB unpacked > ${mb(LIMITS.uncompressedBytes)} MB`);
  }
}

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** Sum of uncompressed sizes from the zip's central directory (cheap: no inflating). */
function uncompressedSize(bytes: Uint8Array, file: string): number {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new UnusableInputError("not-xlsx", file, "no zip directory");
  const entries = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== 0x02014b50) {
      throw new UnusableInputError("not-xlsx", file, "damaged zip directory");
    }
    total += view.getUint32(offset + 24, true);
    offset += 46 + view.getUint16(offset + 28, true) + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
  }
  return total;
}

function mb(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(0);
}
