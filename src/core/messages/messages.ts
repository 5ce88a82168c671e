import type { Finding } from "../findings/finding";
import type { Lang } from "./catalogue";
import { EN } from "./en";
import { NB } from "./nb";
import { TEMPLATE_EN } from "./templateEn";
import { TEMPLATE_NB } from "./templateNb";

export type { Lang } from "./catalogue";

const CATALOGUES = { nb: { ...NB, ...TEMPLATE_NB }, en: { ...EN, ...TEMPLATE_EN } };

/** The user-facing text of a finding in the chosen language. */
export function findingMessage(f: Finding, lang: Lang): string {
  const fn = CATALOGUES[lang][f.type];
  // A type without a message is a programming slip; show its code rather than nothing.
  return fn ? fn(f) : f.type;
}

/** Finding types that have no message in some language (a test keeps this empty). */
export function missingMessages(types: readonly string[]): string[] {
  return types.filter((t) => !CATALOGUES.nb[t] || !CATALOGUES.en[t]);
}
