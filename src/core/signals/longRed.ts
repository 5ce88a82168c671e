import { LIGHT } from "../register/meanings";
import { runOf, type SignalRule } from "./signal";

/** Periods in a row with status Rød before a red status is a signal of its own. */
export const LONG_RED_PERIODS = 3;

/** Red for three periods or more in a row: red has become the normal state, not an alarm. */
export const longRed: SignalRule = (s) => {
  const run = runOf(s.history.status, s.periods, (v) => v === LIGHT.red);
  return run.length >= LONG_RED_PERIODS && run.since ? [{ type: "longRed", params: { periods: run.length, since: run.since } }] : [];
};
