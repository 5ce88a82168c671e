import type { Finding, FindingOf, FindingType } from "../findings/finding";

/** The languages of every text the add-in and the command line show: Norwegian (bokmål) and English. */
export type Lang = "nb" | "en";

/** Both languages, Norwegian first. */
export const LANGS: readonly Lang[] = ["nb", "en"];

/**
 * One text table: the same typed set of texts in each language. Every table
 * (finding messages, unusable files, report sheets, templates, command line,
 * task pane) has this shape, so a text missing in one language does not compile.
 */
export type Catalogue<T> = { readonly [L in Lang]: T };

/** A message for each finding type of `T`, given the finding with its typed params. */
export type FindingMessages<T extends FindingType> = { readonly [K in T]: (f: FindingOf<K>) => string };

/** Quotes a cell value for a message, shortened so one finding stays one line. */
export function shown(value: Finding["value"]): string {
  const text = value === null || value === undefined ? "" : String(value);
  return `«${text.length > 60 ? `${text.slice(0, 57)}…` : text}»`;
}
