import { createContext, useContext } from "react";
import type { Lang } from "../../core/messages/catalogue";
import { TEXTS } from "./allTexts";
import { NB_TEXTS } from "./nb";
import type { Texts } from "./texts";

export { TEXTS };

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
