/**
 * Excel on the web refuses a request or response over 5 MB. We keep every
 * sync under 4 MB, leaving room for the envelope Office.js adds around values.
 */
export const MAX_SYNC_BYTES = 4_000_000;

/** Excel reads at most 5,000,000 cells of a range at once, on every platform (RangeExceedsLimit beyond). */
export const MAX_READ_CELLS = 5_000_000;

const encoder = new TextEncoder();

/** The size in bytes of a value as JSON on the wire (UTF-8: æøå count twice). */
export function jsonBytes(value: unknown): number {
  return encoder.encode(JSON.stringify(value) ?? "").length;
}
