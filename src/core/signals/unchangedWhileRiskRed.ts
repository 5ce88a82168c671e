import { LIGHT, NOT_REPORTED } from "../register/meanings";
import { runOf, type SignalRule } from "./signal";

/** Periods in a row with one status before it counts as unchanged. */
export const UNCHANGED_PERIODS = 4;

/** The same reported status for four periods or more while the risk is red now: the colour may not follow the risk. */
export const unchangedWhileRiskRed: SignalRule = (s) => {
  const status = s.history.status[s.period];
  if (s.history.risk[s.period] !== LIGHT.red || status === undefined || status === NOT_REPORTED) {
    return [];
  }
  const run = runOf(s.history.status, s.periods, (v) => v === status);
  return run.length >= UNCHANGED_PERIODS && run.since
    ? [{ type: "unchangedWhileRiskRed", params: { status, periods: run.length, since: run.since } }]
    : [];
};
