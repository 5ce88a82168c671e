import type { Period } from "../../src/core/register/period";
import { summarizeGoals } from "../../src/core/summary/summarizeGoals";
import { initiative, registerOf, report } from "./registerOf";

const Q2 = "2023-Q2" as Period;

const register = registerOf({
  Tiltak: [
    initiative("T-1", "Several goals", "Samstyring", { Hovedmål: 2, Bærekraftsmål: "3, 9, 10" }),
    initiative("T-2", "One goal", "Koordinering", { Hovedmål: 2, Bærekraftsmål: "3" }),
    initiative("T-3", "No goals", "Orientering", { Hovedmål: 4 }),
    initiative("T-4", "Planned", "Orientering", { Hovedmål: 5, Bærekraftsmål: "5" }),
  ],
  Rapporter: [
    report("T-1", "2023-Q2", "Aktiv", "Grønn", "Grønn"),
    report("T-2", "2023-Q2", "Aktiv", "Grønn", "Grønn"),
    report("T-3", "2023-Q2", "Aktiv", "Grønn"),
    report("T-4", "2023-Q2", "Planlagt"),
  ],
});

describe("summarizeGoals", () => {
  const g = summarizeGoals(register, Q2);

  it("counts active initiatives by main goal only, every goal present", () => {
    expect(g.strategicGoals).toEqual({ 1: 0, 2: 2, 3: 0, 4: 1, 5: 0 });
  });

  it("counts an initiative once for each sustainability goal it lists", () => {
    expect(g.sustainabilityGoals.byGoal).toEqual({ 3: 2, 5: 0, 9: 1, 10: 1 });
  });

  it("reports how many active initiatives list at least one goal, of how many", () => {
    expect(g.sustainabilityGoals.reported).toBe(2);
    expect(g.sustainabilityGoals.of).toBe(3);
  });
});
