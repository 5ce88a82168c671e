import type { Lang } from "../../core/messages/catalogue";
import { EN_TEXTS } from "./en";
import { NB_TEXTS } from "./nb";
import type { Texts } from "./texts";

/** The pane's texts by language; free of React, so the file worker can use them too. */
export const TEXTS: Record<Lang, Texts> = { nb: NB_TEXTS, en: EN_TEXTS };
