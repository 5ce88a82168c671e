import { normalizeName } from "../../core/sheet";

/** A sheet name as a reference needs it: always quoted, apostrophes doubled. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** The A1 part of an address Excel returns, "'Sheet 1'!B2:D9" → "B2:D9". */
export function localAddress(address: string): string {
  return address.slice(address.lastIndexOf("!") + 1);
}

/** Sheet names compare the way the register format reads them (case and spacing ignored). */
export function sameSheetName(a: string, b: string): boolean {
  return normalizeName(a) === normalizeName(b);
}
