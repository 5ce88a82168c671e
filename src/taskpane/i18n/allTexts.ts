import type { Catalogue } from "../../core/messages/catalogue";
import { EN_TEXTS } from "./en";
import { NB_TEXTS } from "./nb";
import type { PaneText } from "./texts";

/** The pane's texts in each language, shaped like every other text table; free of React, so the file worker can use them too. */
export const PANE_TEXT: Catalogue<PaneText> = { nb: NB_TEXTS, en: EN_TEXTS };
