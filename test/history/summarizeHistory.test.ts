import { summarizeHistory } from "../../src/core/history/summarizeHistory";
import type { Period } from "../../src/core/register/period";
import { initiative, registerOf, report, type RegisterRows, type Row } from "../summary/registerOf";

const Q = (p: string) => p as Period;
const red = { Statusbegrunnelse: "forsinket" };

interface Case {
  title: string;
  rows: RegisterRows;
  current: string;
  periods: string[];
  /** Status per period of each initiative listed, by name. */
  lines: Record<string, Record<string, string>>;
  /** Status counts of one period. */
  counts?: [string, Record<string, number>];
}

/** Rows of one initiative reporting the same phase and status in each period given. */
function reports(id: string, periods: string[], phase = "Aktiv", status = "Grønn", extra: Row = {}): Row[] {
  return periods.map((p) => report(id, p, phase, status, undefined, extra));
}

const CASES: Case[] = [
  {
    title: "keeps the last eight periods up to the current one, later ones left out",
    rows: {
      Tiltak: [initiative("T-1", "A")],
      Rapporter: reports("T-1", [
        "2021-Q1",
        "2021-Q2",
        "2021-Q3",
        "2021-Q4",
        "2022-Q1",
        "2022-Q2",
        "2022-Q3",
        "2022-Q4",
        "2023-Q1",
        "2023-Q2",
        "2023-Q3",
      ]),
    },
    current: "2023-Q2",
    periods: ["2021-Q3", "2021-Q4", "2022-Q1", "2022-Q2", "2022-Q3", "2022-Q4", "2023-Q1", "2023-Q2"],
    lines: {
      A: {
        "2021-Q3": "Grønn",
        "2021-Q4": "Grønn",
        "2022-Q1": "Grønn",
        "2022-Q2": "Grønn",
        "2022-Q3": "Grønn",
        "2022-Q4": "Grønn",
        "2023-Q1": "Grønn",
        "2023-Q2": "Grønn",
      },
    },
  },
  {
    title: "a gap: active without a row is Grå in that period, and counted so",
    rows: {
      Tiltak: [initiative("T-1", "A"), initiative("T-2", "B")],
      Rapporter: [...reports("T-1", ["2023-Q1", "2023-Q3"], "Aktiv", "Gul", red), ...reports("T-2", ["2023-Q1", "2023-Q2", "2023-Q3"])],
    },
    current: "2023-Q3",
    periods: ["2023-Q1", "2023-Q2", "2023-Q3"],
    lines: {
      A: { "2023-Q1": "Gul", "2023-Q2": "Grå", "2023-Q3": "Gul" },
      B: { "2023-Q1": "Grønn", "2023-Q2": "Grønn", "2023-Q3": "Grønn" },
    },
    counts: ["2023-Q2", { Grønn: 1, Gul: 0, Rød: 0, Grå: 1 }],
  },
  {
    title: "paused periods have no colour and are not counted",
    rows: {
      Tiltak: [initiative("T-1", "A")],
      Rapporter: [
        report("T-1", "2023-Q1", "Aktiv", "Gul", undefined, red),
        report("T-1", "2023-Q2", "Pause", "Gul", undefined, red),
        report("T-1", "2023-Q3", "Pause"),
        report("T-1", "2023-Q4", "Aktiv", "Grønn"),
      ],
    },
    current: "2023-Q4",
    periods: ["2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4"],
    lines: { A: { "2023-Q1": "Gul", "2023-Q4": "Grønn" } },
    counts: ["2023-Q2", { Grønn: 0, Gul: 0, Rød: 0, Grå: 0 }],
  },
  {
    title: "a new initiative has colours from its first active period only",
    rows: {
      Tiltak: [initiative("T-1", "Old"), initiative("T-2", "New")],
      Rapporter: [
        ...reports("T-1", ["2023-Q1", "2023-Q2", "2023-Q3"]),
        report("T-2", "2023-Q2", "Planlagt"),
        report("T-2", "2023-Q3", "Aktiv", "Rød", undefined, red),
      ],
    },
    current: "2023-Q3",
    periods: ["2023-Q1", "2023-Q2", "2023-Q3"],
    lines: { New: { "2023-Q3": "Rød" }, Old: { "2023-Q1": "Grønn", "2023-Q2": "Grønn", "2023-Q3": "Grønn" } },
    counts: ["2023-Q3", { Grønn: 1, Gul: 0, Rød: 1, Grå: 0 }],
  },
  {
    title: "an initiative completed mid-window keeps its earlier colours and is listed though not active now",
    rows: {
      Tiltak: [initiative("T-1", "Done"), initiative("T-2", "Going")],
      Rapporter: [
        ...reports("T-1", ["2023-Q1", "2023-Q2"], "Aktiv", "Gul", red),
        report("T-1", "2023-Q3", "Avsluttet"),
        ...reports("T-2", ["2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4"]),
      ],
    },
    current: "2023-Q4",
    periods: ["2023-Q1", "2023-Q2", "2023-Q3", "2023-Q4"],
    lines: {
      Done: { "2023-Q1": "Gul", "2023-Q2": "Gul" },
      Going: { "2023-Q1": "Grønn", "2023-Q2": "Grønn", "2023-Q3": "Grønn", "2023-Q4": "Grønn" },
    },
    counts: ["2023-Q3", { Grønn: 1, Gul: 0, Rød: 0, Grå: 0 }],
  },
  {
    title: "an initiative never active in the window is not listed",
    rows: {
      Tiltak: [initiative("T-1", "Planned"), initiative("T-2", "Active")],
      Rapporter: [report("T-1", "2023-Q1", "Planlagt"), report("T-1", "2023-Q2", "Planlagt"), ...reports("T-2", ["2023-Q1", "2023-Q2"])],
    },
    current: "2023-Q2",
    periods: ["2023-Q1", "2023-Q2"],
    lines: { Active: { "2023-Q1": "Grønn", "2023-Q2": "Grønn" } },
  },
];

describe("summarizeHistory", () => {
  it.each(CASES)("$title", ({ rows, current, periods, lines, counts }) => {
    const h = summarizeHistory(registerOf(rows), Q(current));
    expect(h.periods).toEqual(periods);
    expect(Object.fromEntries(h.initiatives.map((i) => [i.name, i.status]))).toEqual(lines);
    if (counts) {
      expect(h.status[counts[0]]).toEqual(counts[1]);
    }
    // Each period's counts are exactly its initiatives' colours.
    for (const p of h.periods) {
      const n = h.initiatives.filter((i) => i.status[p] !== undefined).length;
      expect(Object.values(h.status[p]).reduce((a, b) => a + b, 0)).toBe(n);
    }
  });

  it("keeps risk only for the segments that report it, Grå where such an initiative did not report", () => {
    const h = summarizeHistory(
      registerOf({
        Tiltak: [initiative("T-1", "Samstyrt", "Samstyring"), initiative("T-2", "Orientert", "Orientering")],
        Rapporter: [
          report("T-1", "2023-Q1", "Aktiv", "Grønn", "Rød", { Risikobegrunnelse: "x" }),
          report("T-2", "2023-Q1", "Aktiv", "Grønn", "Rød"),
        ],
      }),
      Q("2023-Q2"),
    );
    expect(h.initiatives.map((i) => [i.name, i.risk])).toEqual([
      ["Orientert", {}],
      ["Samstyrt", { "2023-Q1": "Rød", "2023-Q2": "Grå" }],
    ]);
    expect(h.risk["2023-Q1"]).toEqual({ Grønn: 0, Gul: 0, Rød: 1, Grå: 0 });
  });

  it("is empty for a register without periods", () => {
    expect(summarizeHistory(registerOf({ Tiltak: [] }), undefined)).toEqual({ periods: [], status: {}, risk: {}, initiatives: [] });
  });
});
