import type { Lang } from "../../core/messages/catalogue";

// A formatter is costly to make and cheap to use: one per language, made once (progress counts are formatted many times a second).
const FORMATS: Record<Lang, Intl.NumberFormat> = {
  nb: new Intl.NumberFormat("nb-NO", { maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1 }),
};

/** A figure as the language writes it (535,5 in Norwegian, 535.5 in English). */
export function formatNumber(value: number, lang: Lang): string {
  return FORMATS[lang].format(value);
}
