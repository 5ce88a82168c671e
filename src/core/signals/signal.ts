import type { HistorySummary, InitiativeHistory } from "../history/summarizeHistory";
import type { Dependency, Initiative } from "../register/model";
import type { Period } from "../register/period";

/** The kinds of signal, in the order the Status sheet lists them (docs/signals.md). */
export const SIGNAL_TYPES = [
  "greenWithRedDependency",
  "dependencyPastDeadline",
  "activeAfterEndDate",
  "longRed",
  "unchangedWhileRiskRed",
] as const;
export type SignalType = (typeof SIGNAL_TYPES)[number];

/** The facts behind each kind of signal, which its sentence names. */
export interface SignalParams {
  greenWithRedDependency: { dependency: string };
  dependencyPastDeadline: { status: string; dependency: string; dependencyStatus: string; deadline: string };
  activeAfterEndDate: { endDate: string };
  longRed: { periods: number; since: string };
  unchangedWhileRiskRed: { status: string; periods: number; since: string };
}

/** A flag beside an initiative's own colour: the rule it meets and the facts that meet it. */
export type Signal = {
  [T in SignalType]: { type: T; id: string; name: string; owner: string; params: SignalParams[T] };
}[SignalType];

/** What a rule looks at: one active initiative of the current period. */
export interface SignalSubject {
  period: Period;
  initiative: Initiative;
  /** Its colours over the history's periods. */
  history: InitiativeHistory;
  /** The history's periods, oldest first, the current one last. */
  periods: HistorySummary["periods"];
  /** Its dependencies reported in the current period. */
  dependencies: Dependency[];
}

/** The params of one signal, before the initiative's name is put on them. */
export type Found = { [T in SignalType]: { type: T; params: SignalParams[T] } }[SignalType];

/** A rule: every signal of its kind for one initiative (none, one, or one per dependency). */
export type SignalRule = (s: SignalSubject) => Found[];

/** How many periods in a row, counting back from the current one, a map holds the same value; and the first of them. */
export function runOf(
  map: Record<string, string>,
  periods: readonly Period[],
  same: (value: string) => boolean,
): { length: number; since: Period | undefined } {
  let length = 0;
  let since: Period | undefined;
  for (let i = periods.length - 1; i >= 0; i--) {
    const value = map[periods[i]];
    if (value === undefined || !same(value)) {
      break;
    }
    length++;
    since = periods[i];
  }
  return { length, since };
}
