import type { HistorySummary } from "../history/summarizeHistory";
import type { Dependency, Register } from "../register/model";
import type { Period } from "../register/period";
import { activeAfterEndDate } from "./activeAfterEndDate";
import { dependencyPastDeadline } from "./dependencyPastDeadline";
import { greenWithRedDependency } from "./greenWithRedDependency";
import { longRed } from "./longRed";
import type { Signal, SignalRule, SignalType } from "./signal";
import { SIGNAL_TYPES } from "./signal";
import { unchangedWhileRiskRed } from "./unchangedWhileRiskRed";

const RULES: { readonly [T in SignalType]: SignalRule } = {
  greenWithRedDependency,
  dependencyPastDeadline,
  activeAfterEndDate,
  longRed,
  unchangedWhileRiskRed,
};

/**
 * The signals of a period: rule-based flags beside the colours the active
 * initiatives report themselves, by initiative name, then in the order of the
 * signal types.
 */
export function findSignals(register: Register, period: Period | undefined, history: HistorySummary): Signal[] {
  if (!period) {
    return [];
  }
  const initiatives = new Map(register.initiatives.filter((i) => i.id).map((i) => [i.id!, i] as const));
  const dependencies = new Map<string, Dependency[]>();
  for (const d of register.dependencies) {
    if (d.period !== period || !d.id) {
      continue;
    }
    dependencies.set(d.id, [...(dependencies.get(d.id) ?? []), d]);
  }
  const out: Signal[] = [];
  // History lists its initiatives by name: the signals come out in that order.
  for (const line of history.initiatives) {
    const initiative = initiatives.get(line.id);
    if (!initiative || line.status[period] === undefined) {
      continue;
    }
    const subject = { period, initiative, history: line, periods: history.periods, dependencies: dependencies.get(line.id) ?? [] };
    for (const type of SIGNAL_TYPES) {
      for (const found of RULES[type](subject)) {
        out.push({ ...found, id: line.id, name: line.name, owner: initiative.owner ?? "" });
      }
    }
  }
  return out;
}
