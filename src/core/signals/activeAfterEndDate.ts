import { periodEnd } from "../register/period";
import type { SignalRule } from "./signal";

/** Still Aktiv while its Sluttdato lies before the period's end: it should have ended, or its plan is out of date. */
export const activeAfterEndDate: SignalRule = (s) => {
  const end = s.initiative.endDate;
  return end !== undefined && end < periodEnd(s.period) ? [{ type: "activeAfterEndDate", params: { endDate: end } }] : [];
};
