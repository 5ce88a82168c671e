import type { Register } from "../register/model";
import { comparePeriods, type Period } from "../register/period";

export interface PeriodChoice {
  period?: Period;
  previousPeriod?: Period;
}

/** The current period (the one chosen, else the latest present) and the latest before it. */
export function choosePeriods(register: Register, chosen?: Period): PeriodChoice {
  const period = chosen ?? register.periods[register.periods.length - 1];
  if (!period) {
    return {};
  }
  const earlier = register.periods.filter((p) => comparePeriods(p, period) < 0);
  return { period, previousPeriod: earlier[earlier.length - 1] };
}
