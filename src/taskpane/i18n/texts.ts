import type { HostFailure } from "../../workbook/errors";
import type { NB_TEXTS } from "./nb";

/** Every text of the task pane, as the Norwegian set (nb.ts) gives them: each other language (en.ts) gives the same. */
export type PaneText = typeof NB_TEXTS;

/** The line for each reason a host operation fails: `subject` names the sheet or part; a refusal carries Excel's own message. */
export type HostFailureTexts = { readonly [R in HostFailure]: (subject: string, message: string, others: readonly string[]) => string };
