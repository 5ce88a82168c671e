import type { Period } from "../../src/core/register/period";
import { summarizeStatus, type Aspect } from "../../src/core/summary/summarizeStatus";
import { initiative, registerOf, report, type RegisterRows } from "./registerOf";

const Q1 = "2023-Q1" as Period;
const Q2 = "2023-Q2" as Period;
const zero = { Grønn: 0, Gul: 0, Rød: 0, Grå: 0 };

interface Case {
  title: string;
  aspect: Aspect;
  rows: RegisterRows;
  current: Record<string, number>;
  previous: Record<string, number>;
  changes?: Array<{ name: string; from: string; to: string }>;
}

const CASES: Case[] = [
  {
    title: "counts active initiatives by colour, in both periods",
    aspect: "status",
    rows: {
      Tiltak: [initiative("T-1", "A"), initiative("T-2", "B")],
      Rapporter: [
        report("T-1", "2023-Q1", "Aktiv", "Grønn"),
        report("T-2", "2023-Q1", "Aktiv", "Gul"),
        report("T-1", "2023-Q2", "Aktiv", "Grønn"),
        report("T-2", "2023-Q2", "Aktiv", "Grønn"),
      ],
    },
    previous: { ...zero, Grønn: 1, Gul: 1 },
    current: { ...zero, Grønn: 2 },
    changes: [{ name: "B", from: "Gul", to: "Grønn" }],
  },
  {
    title: "an active initiative with no row in the period counts Grå (its phase carries forward), and not reporting is no change",
    aspect: "status",
    rows: { Tiltak: [initiative("T-1", "A")], Rapporter: [report("T-1", "2023-Q1", "Aktiv", "Gul")] },
    previous: { ...zero, Gul: 1 },
    current: { ...zero, Grå: 1 },
    changes: [],
  },
  {
    title: "a return from not reporting is no change either: changes are between reported colours",
    aspect: "status",
    rows: {
      Tiltak: [initiative("T-1", "A"), initiative("T-2", "B")],
      Rapporter: [
        report("T-1", "2022-Q4", "Aktiv", "Gul"),
        report("T-2", "2023-Q1", "Aktiv", "Gul"),
        report("T-1", "2023-Q2", "Aktiv", "Grønn"),
        report("T-2", "2023-Q2", "Aktiv", "Rød", undefined, { Statusbegrunnelse: "x" }),
      ],
    },
    previous: { ...zero, Gul: 1, Grå: 1 },
    current: { ...zero, Grønn: 1, Rød: 1 },
    changes: [{ name: "B", from: "Gul", to: "Rød" }],
  },
  {
    title: "planned and paused initiatives are left out",
    aspect: "status",
    rows: {
      Tiltak: [initiative("T-1", "Planned"), initiative("T-2", "Paused")],
      Rapporter: [report("T-1", "2023-Q2", "Planlagt"), report("T-2", "2023-Q1", "Aktiv", "Rød"), report("T-2", "2023-Q2", "Pause")],
    },
    previous: { ...zero, Rød: 1 },
    current: zero,
    changes: [],
  },
  {
    title: "a new active initiative counts now but makes no change",
    aspect: "status",
    rows: {
      Tiltak: [initiative("T-1", "New")],
      Rapporter: [report("T-1", "2023-Q2", "Aktiv", "Rød", "Rød", { Statusbegrunnelse: "x", Risikobegrunnelse: "y" })],
    },
    previous: zero,
    current: { ...zero, Rød: 1 },
    changes: [],
  },
  {
    title: "risk leaves out segment Orientering",
    aspect: "risk",
    rows: {
      Tiltak: [
        initiative("T-1", "Samstyrt", "Samstyring"),
        initiative("T-2", "Koordinert", "Koordinering"),
        initiative("T-3", "Orientert", "Orientering"),
      ],
      Rapporter: [
        report("T-1", "2023-Q2", "Aktiv", "Grønn", "Gul"),
        report("T-2", "2023-Q2", "Aktiv", "Grønn", "Rød"),
        report("T-3", "2023-Q2", "Aktiv", "Grønn", "Rød"),
      ],
    },
    previous: zero,
    current: { ...zero, Gul: 1, Rød: 1 },
  },
  {
    title: "risk counts Grå for an unreported initiative in a risk segment only",
    aspect: "risk",
    rows: {
      Tiltak: [initiative("T-1", "Samstyrt", "Samstyring"), initiative("T-3", "Orientert", "Orientering")],
      Rapporter: [report("T-1", "2023-Q1", "Aktiv", "Grønn", "Grønn"), report("T-3", "2023-Q1", "Aktiv", "Grønn")],
    },
    previous: { ...zero, Grønn: 1 },
    current: { ...zero, Grå: 1 },
  },
];

describe("summarizeStatus", () => {
  it.each(CASES)("$title", ({ aspect, rows, current, previous, changes }) => {
    const s = summarizeStatus(registerOf(rows), aspect, Q2, Q1);
    expect(s.current).toEqual(current);
    expect(s.previous).toEqual(previous);
    if (changes) {
      expect(s.changes.map(({ name, from, to }) => ({ name, from, to }))).toEqual(changes);
    }
  });

  it("lists every code with zeros, Grå last, in code-list order", () => {
    const s = summarizeStatus(registerOf({ Tiltak: [] }), "status", Q2, Q1);
    expect(Object.keys(s.current)).toEqual(["Grønn", "Gul", "Rød", "Grå"]);
    expect(Object.keys(s.previous)).toEqual(["Grønn", "Gul", "Rød", "Grå"]);
  });

  describe("the red list", () => {
    const rows: RegisterRows = {
      Tiltak: [initiative("T-9", "Øst"), initiative("T-2", "Åsane", "Orientering"), initiative("T-1", "Bergen", "Samstyring")],
      Rapporter: [
        report("T-9", "2023-Q2", "Aktiv", "Grønn", "Grønn"),
        report("T-2", "2023-Q2", "Aktiv", "Rød", "Rød", { Statusbegrunnelse: "Årsak Å", Risikobegrunnelse: "Risiko Å" }),
        report("T-1", "2023-Q2", "Aktiv", "Rød", "Rød", { Statusbegrunnelse: "Årsak B", Risikobegrunnelse: "Risiko B" }),
      ],
    };

    it("names each red initiative with owner and status reason, in Norwegian name order (Å last)", () => {
      expect(summarizeStatus(registerOf(rows), "status", Q2, Q1).red).toEqual([
        { id: "T-1", name: "Bergen", owner: "Eier av Bergen", reason: "Årsak B" },
        { id: "T-2", name: "Åsane", owner: "Eier av Åsane", reason: "Årsak Å" },
      ]);
    });

    it("gives the risk reason for red risk, and leaves out segment Orientering", () => {
      expect(summarizeStatus(registerOf(rows), "risk", Q2, Q1).red).toEqual([
        { id: "T-1", name: "Bergen", owner: "Eier av Bergen", reason: "Risiko B" },
      ]);
    });
  });

  it("has nothing to compare with when there is no previous period", () => {
    const rows: RegisterRows = {
      Tiltak: [initiative("T-1", "A")],
      Rapporter: [report("T-1", "2023-Q2", "Aktiv", "Gul", undefined, { Statusbegrunnelse: "x" })],
    };
    const s = summarizeStatus(registerOf(rows), "status", Q2, undefined);
    expect(s.previous).toEqual(zero);
    expect(s.changes).toEqual([]);
    expect(s.current.Gul).toBe(1);
  });
});
