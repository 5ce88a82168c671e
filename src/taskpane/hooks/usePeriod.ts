import { useState } from "react";
import type { Period } from "../../core/register/period";

export interface PeriodChoice {
  periods: readonly Period[];
  /** The chosen period, else the latest in the register; undefined when it has none. */
  period?: Period;
  setPeriod: (period: Period) => void;
}

/** The period the figures, the check and the report are for. */
export function usePeriod(periods: readonly Period[]): PeriodChoice {
  const [chosen, setPeriod] = useState<Period>();
  // A choice that the re-read register no longer has falls back to the latest.
  const period = chosen && periods.includes(chosen) ? chosen : periods[periods.length - 1];
  return { periods, period, setPeriod };
}
