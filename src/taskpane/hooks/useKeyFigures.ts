import { useMemo } from "react";
import type { CheckResult } from "../../core/checks/checkRegister";
import type { Period } from "../../core/register/period";
import { summarize, type Summary } from "../../core/summary/summary";

/** The five figures at the top of the pane; undefined where the register gives none (no Rød code list entry). */
export interface KeyFigureValues {
  active?: number;
  redStatus?: number;
  redRisk?: number;
  criticalDependencies?: number;
  /** MNOK. */
  budget?: number;
}

/** The key figures of a register for a period, from the same summary the report uses. */
export function useKeyFigures(check: CheckResult | undefined, period: Period | undefined): KeyFigureValues | undefined {
  return useMemo(() => (check ? keyFigures(summarize(check.register, check.findings, period)) : undefined), [check, period]);
}

function keyFigures(s: Summary): KeyFigureValues {
  return {
    active: s.initiatives.active,
    // A register whose Kodeverk renames the Status list may have no "Rød": then there is no figure to show.
    redStatus: s.status.current["Rød"],
    redRisk: s.risk.current["Rød"],
    criticalDependencies: s.dependencies.criticalRed.length,
    budget: s.budget.total,
  };
}
