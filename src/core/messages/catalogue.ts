import type { Finding } from "../findings/finding";

export type Lang = "nb" | "en";

/** A message for one finding type; `f` carries the place, value and hint. */
export type MessageFn = (f: Finding) => string;
export type Catalogue = Record<string, MessageFn>;

/** Quotes a cell value for a message, shortened so one finding stays one line. */
export function shown(value: Finding["value"]): string {
  const text = value === null || value === undefined ? "" : String(value);
  return `«${text.length > 60 ? `${text.slice(0, 57)}…` : text}»`;
}
