import { createContext, useContext } from "react";
import type { Lang } from "../../core/messages/catalogue";
import { EN_TEXTS } from "./en";
import { NB_TEXTS } from "./nb";
import type { Texts } from "./texts";

export const TEXTS: Record<Lang, Texts> = { nb: NB_TEXTS, en: EN_TEXTS };

export interface LangState {
  lang: Lang;
  t: Texts;
  setLang: (lang: Lang) => void;
}

export const LangContext = createContext<LangState>({ lang: "nb", t: NB_TEXTS, setLang: () => undefined });

/** The chosen language and its texts. */
export function useTexts(): LangState {
  return useContext(LangContext);
}
