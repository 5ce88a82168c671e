import type { Lang } from "../../core/messages/catalogue";
import { unusableMessage } from "../../core/messages/unusable";
import { HostError, UnusableInputError } from "../../workbook/errors";
import { PANE_TEXT } from "../i18n/allTexts";

/** The one line a failure is shown as, in the user's language: the unusable-file line, the host failure's reason (a refusal in Excel's own words), or the error's text. */
export function describeError(e: unknown, lang: Lang): string {
  if (e instanceof UnusableInputError || isNamed(e, "UnusableInputError")) {
    const u = e as UnusableInputError;
    return unusableMessage(u.reason, u.file, lang, u.detail);
  }
  if (e instanceof HostError || isNamed(e, "HostError")) {
    // The reason, not the message: a host's message is written in English for a support request.
    const { reason, subject, message, others } = e as HostError;
    return PANE_TEXT[lang].hostFailure[reason](subject ?? "", message, others ?? []);
  }
  const detail = e instanceof Error ? e.message : String(e);
  return PANE_TEXT[lang].unexpected(detail);
}

// The name also matches an error from a second copy of the module (a chunk bundled on its own), where instanceof fails.
function isNamed(e: unknown, name: string): boolean {
  return typeof e === "object" && e !== null && (e as { name?: unknown }).name === name;
}

/** The host's code of a failure (a HostError's, or Office's own on the error), if there is one. */
export function errorCode(e: unknown): string | undefined {
  if (typeof e !== "object" || e === null) {
    return undefined;
  }
  const { code, cause } = e as { code?: unknown; cause?: unknown };
  if (typeof code === "string") {
    return code;
  }
  return cause === undefined || cause === e ? undefined : errorCode(cause);
}
