import type { Finding, FindingType } from "../findings/finding";
import type { Catalogue, FindingMessages, Lang } from "./catalogue";
import { EN } from "./en";
import { NB } from "./nb";
import { TEMPLATE_EN } from "./templateEn";
import { TEMPLATE_NB } from "./templateNb";

export type { Lang } from "./catalogue";

/** Every finding type's message, in each language. */
export const FINDING_MESSAGES: Catalogue<FindingMessages<FindingType>> = {
  nb: { ...NB, ...TEMPLATE_NB },
  en: { ...EN, ...TEMPLATE_EN },
};

/** The user-facing text of a finding in the chosen language. */
export function findingMessage(f: Finding, lang: Lang): string {
  // Indexed by a union of types, the table gives a union of functions; each takes its own type's finding.
  const fn = FINDING_MESSAGES[lang][f.type] as ((f: Finding) => string) | undefined;
  // A finding that came from elsewhere (a saved JSON file) may name a type this version has no message for.
  return fn ? fn(f) : f.type;
}

/** Finding types that have no message in some language (a test keeps this empty). */
export function missingMessages(types: readonly string[]): string[] {
  const has = (lang: Lang, t: string) => Object.hasOwn(FINDING_MESSAGES[lang], t);
  return types.filter((t) => !has("nb", t) || !has("en", t));
}
