import { createContext, useContext } from "react";
import type { Lang } from "../../core/messages/catalogue";
import { PANE_TEXT } from "./allTexts";
import type { PaneText } from "./texts";

export interface LangState {
  lang: Lang;
  t: PaneText;
  setLang: (lang: Lang) => void;
}

export const LangContext = createContext<LangState>({ lang: "nb", t: PANE_TEXT.nb, setLang: () => undefined });

/** The chosen language and its texts. */
export function useTexts(): LangState {
  return useContext(LangContext);
}
