import type { Lang } from "../../core/messages/catalogue";

const LOCALES: Record<Lang, string> = { nb: "nb-NO", en: "en-GB" };

/** A figure as the language writes it (535,5 in Norwegian, 535.5 in English). */
export function formatNumber(value: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 1 }).format(value);
}
