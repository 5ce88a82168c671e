import type { Period } from "../../src/core/register/period";
import { summarizeBudget } from "../../src/core/summary/summarizeBudget";
import { initiative, registerOf, report } from "./registerOf";

const Q2 = "2023-Q2" as Period;

describe("summarizeBudget", () => {
  it("sums the period's budgets of active Samstyring initiatives, without floating-point noise", () => {
    const register = registerOf({
      Tiltak: [
        initiative("T-1", "A", "Samstyring"),
        initiative("T-2", "B", "Samstyring"),
        initiative("T-3", "Paused", "Samstyring"),
        initiative("T-4", "Silent", "Samstyring"),
      ],
      Rapporter: [
        report("T-1", "2023-Q2", "Aktiv", "Grønn", "Grønn", { Budsjett: 2.3 }),
        report("T-2", "2023-Q2", "Aktiv", "Grønn", "Grønn", { Budsjett: 1.1 }),
        report("T-3", "2023-Q2", "Pause", undefined, undefined, { Budsjett: 100 }),
        // Active by carry-forward, but without a row this period: no budget to count.
        report("T-4", "2023-Q1", "Aktiv", "Grønn", "Grønn", { Budsjett: 50 }),
      ],
    });
    expect(summarizeBudget(register, Q2)).toEqual({ segment: "Samstyring", total: 3.4 });
  });

  it("is zero when nothing is reported", () => {
    expect(summarizeBudget(registerOf({ Tiltak: [] }), Q2).total).toBe(0);
  });
});
