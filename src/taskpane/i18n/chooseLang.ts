import type { Lang } from "../../core/messages/catalogue";

/**
 * The pane's language from a BCP 47 tag (Office's display language or the
 * browser's): English only when asked for, Norwegian otherwise, since the
 * portfolio office works in Norwegian.
 */
export function chooseLang(tag: string | undefined): Lang {
  return tag && /^en\b/i.test(tag) ? "en" : "nb";
}
