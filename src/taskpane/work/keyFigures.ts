import type { Summary } from "../../core/summary/summary";
import type { KeyFigureValues } from "./jobs";

/** The key figures of a summary: the same figures the report and `summary --json` give. */
export function keyFigures(s: Summary): KeyFigureValues {
  return {
    active: s.initiatives.active,
    // A register whose Kodeverk renames the Status list may have no "Rød": then there is no figure to show.
    redStatus: s.status.current["Rød"],
    redRisk: s.risk.current["Rød"],
    criticalDependencies: s.dependencies.criticalRed.length,
    budget: s.budget.total,
  };
}
