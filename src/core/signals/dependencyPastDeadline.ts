import { LIGHT } from "../register/meanings";
import { periodEnd } from "../register/period";
import type { SignalRule } from "./signal";

const CALM: readonly string[] = [LIGHT.green, LIGHT.yellow];
const TROUBLED: readonly string[] = [LIGHT.red, LIGHT.yellow];

/**
 * A green or yellow status beside a red or yellow dependency whose deadline
 * lies before the period's end (as the deadline check counts it).
 */
export const dependencyPastDeadline: SignalRule = (s) => {
  const status = s.history.status[s.period];
  if (!CALM.includes(status)) {
    return [];
  }
  const end = periodEnd(s.period);
  return s.dependencies
    .filter((d) => d.status !== undefined && TROUBLED.includes(d.status) && d.deadline !== undefined && d.deadline < end)
    .map((d) => ({
      type: "dependencyPastDeadline",
      params: { status, dependency: d.dependency ?? "", dependencyStatus: d.status!, deadline: d.deadline! },
    }));
};
