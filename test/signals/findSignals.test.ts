import { summarizeHistory } from "../../src/core/history/summarizeHistory";
import type { Period } from "../../src/core/register/period";
import { findSignals } from "../../src/core/signals/findSignals";
import { explainSignal } from "../../src/core/signals/signalText";
import { initiative, registerOf, report, type RegisterRows, type Row } from "../summary/registerOf";

const why = { Statusbegrunnelse: "x", Risikobegrunnelse: "y" };
const dep = (id: string, status: string, criticality: string, deadline: string | null, period = "2023-Q4"): Row => ({
  ID: id,
  Periode: period,
  Avhengighet: `Leveranse fra ${id}`,
  Kategori: "Annet",
  Kritikalitet: criticality,
  Status: status,
  Frist: deadline,
});
/** One row per period for T-1, status and risk as given. */
function history(statuses: Array<[string, string, string?]>, extra: Row = {}): Row[] {
  return statuses.map(([period, status, risk]) => report("T-1", period, "Aktiv", status, risk ?? "Grønn", { ...why, ...extra }));
}

interface Case {
  title: string;
  rows: RegisterRows;
  /** The signals found, as type and params. */
  expected: Array<[string, Record<string, unknown>]>;
}

const T1 = (extra: Row = {}) => [initiative("T-1", "Tiltak", "Samstyring", extra)];

const CASES: Case[] = [
  {
    title: "green status with a red dependency of high criticality",
    rows: {
      Tiltak: T1(),
      Rapporter: history([["2023-Q4", "Grønn"]]),
      Avhengigheter: [dep("T-1", "Rød", "Høy", "2024-03-01"), dep("T-1", "Rød", "Middels", "2024-03-01")],
    },
    expected: [["greenWithRedDependency", { dependency: "Leveranse fra T-1" }]],
  },
  {
    title: "a yellow status with a red high dependency is no green signal",
    rows: { Tiltak: T1(), Rapporter: history([["2023-Q4", "Gul"]]), Avhengigheter: [dep("T-1", "Rød", "Høy", "2024-03-01")] },
    expected: [],
  },
  {
    title: "green or yellow status with a red or yellow dependency past its deadline",
    rows: {
      Tiltak: T1(),
      Rapporter: history([["2023-Q4", "Gul"]]),
      Avhengigheter: [
        dep("T-1", "Gul", "Lav", "2023-11-15"),
        dep("T-1", "Grønn", "Lav", "2023-11-15"),
        dep("T-1", "Rød", "Lav", "2024-01-15"),
      ],
    },
    expected: [
      ["dependencyPastDeadline", { status: "Gul", dependency: "Leveranse fra T-1", dependencyStatus: "Gul", deadline: "2023-11-15" }],
    ],
  },
  {
    title: "a red status with an overdue dependency is no signal: the colour already says it",
    rows: { Tiltak: T1(), Rapporter: history([["2023-Q4", "Rød"]]), Avhengigheter: [dep("T-1", "Gul", "Lav", "2023-11-15")] },
    expected: [],
  },
  {
    title: "still Aktiv after its Sluttdato",
    rows: { Tiltak: T1({ Sluttdato: "2023-10-31" }), Rapporter: history([["2023-Q4", "Grønn"]]) },
    expected: [["activeAfterEndDate", { endDate: "2023-10-31" }]],
  },
  {
    title: "an end date at the period's end is not passed",
    rows: { Tiltak: T1({ Sluttdato: "2023-12-31" }), Rapporter: history([["2023-Q4", "Grønn"]]) },
    expected: [],
  },
  {
    title: "red for three periods or more",
    rows: {
      Tiltak: T1(),
      Rapporter: history([
        ["2023-Q1", "Gul"],
        ["2023-Q2", "Rød"],
        ["2023-Q3", "Rød"],
        ["2023-Q4", "Rød"],
      ]),
    },
    expected: [["longRed", { periods: 3, since: "2023-Q2" }]],
  },
  {
    title: "red twice, a gap, red again is no long red",
    rows: {
      Tiltak: T1(),
      Rapporter: [
        ...history([
          ["2023-Q1", "Rød"],
          ["2023-Q2", "Rød"],
          ["2023-Q4", "Rød"],
        ]),
        report("T-2", "2023-Q3", "Aktiv", "Grønn"),
      ],
    },
    expected: [],
  },
  {
    title: "status unchanged for four periods while the risk is red",
    rows: {
      Tiltak: T1(),
      Rapporter: history([
        ["2023-Q1", "Gul", "Gul"],
        ["2023-Q2", "Gul", "Gul"],
        ["2023-Q3", "Gul", "Rød"],
        ["2023-Q4", "Gul", "Rød"],
      ]),
    },
    expected: [["unchangedWhileRiskRed", { status: "Gul", periods: 4, since: "2023-Q1" }]],
  },
  {
    title: "three unchanged periods with red risk are not yet a signal",
    rows: {
      Tiltak: T1(),
      Rapporter: history([
        ["2023-Q1", "Grønn", "Gul"],
        ["2023-Q2", "Gul", "Gul"],
        ["2023-Q3", "Gul", "Rød"],
        ["2023-Q4", "Gul", "Rød"],
      ]),
    },
    expected: [],
  },
  {
    title: "an initiative not active now has no signals",
    rows: {
      Tiltak: T1({ Sluttdato: "2023-01-31" }),
      Rapporter: [...history([["2023-Q3", "Grønn"]]), report("T-1", "2023-Q4", "Avsluttet")],
    },
    expected: [],
  },
];

describe("findSignals", () => {
  it.each(CASES)("$title", ({ rows, expected }) => {
    const register = registerOf(rows);
    const period = "2023-Q4" as Period;
    const signals = findSignals(register, period, summarizeHistory(register, period));
    expect(signals.map((s) => [s.type, s.params])).toEqual(expected);
  });

  it("explains each signal in one sentence in both languages, naming its facts", () => {
    const register = registerOf({
      Tiltak: T1({ Sluttdato: "2023-10-31" }),
      Rapporter: history([
        ["2023-Q1", "Grønn", "Rød"],
        ["2023-Q2", "Grønn", "Rød"],
        ["2023-Q3", "Grønn", "Rød"],
        ["2023-Q4", "Grønn", "Rød"],
      ]),
      Avhengigheter: [dep("T-1", "Rød", "Høy", "2023-11-15")],
    });
    const signals = findSignals(register, "2023-Q4" as Period, summarizeHistory(register, "2023-Q4" as Period));
    expect(signals.map((s) => s.type)).toEqual([
      "greenWithRedDependency",
      "dependencyPastDeadline",
      "activeAfterEndDate",
      "unchangedWhileRiskRed",
    ]);
    expect(signals.map((s) => explainSignal(s, "nb"))).toEqual([
      "Status er grønn, men avhengigheten «Leveranse fra T-1» er rød med høy kritikalitet.",
      "Status er grønn, men avhengigheten «Leveranse fra T-1» er rød og fristen 15.11.2023 er passert.",
      "Tiltaket er fortsatt aktivt, men sluttdatoen 31.10.2023 er passert.",
      "Status har stått på grønn i 4 perioder på rad (siden Q1 2023) mens risikoen nå er rød.",
    ]);
    for (const s of signals) {
      const en = explainSignal(s, "en");
      expect(en).toMatch(/^The (status|initiative) .*\.$/);
      expect(en.split(". ")).toHaveLength(1);
    }
  });
});
