import type { Period } from "../../src/core/register/period";
import { summarizeInitiatives } from "../../src/core/summary/summarizeInitiatives";
import { initiative, registerOf, report, type RegisterRows } from "./registerOf";

const Q1 = "2023-Q1" as Period;
const Q2 = "2023-Q2" as Period;

interface Case {
  title: string;
  rows: RegisterRows;
  active: number;
  new: string[];
  completed: string[];
  paused: string[];
}

const CASES: Case[] = [
  {
    title: "an initiative first reported now is new even while still planned, but not active",
    rows: { Tiltak: [initiative("T-1", "Planned")], Rapporter: [report("T-1", "2023-Q2", "Planlagt")] },
    active: 0,
    new: ["Planned"],
    completed: [],
    paused: [],
  },
  {
    title: "completion is news only in the period it is reported",
    rows: {
      Tiltak: [initiative("T-1", "Done before"), initiative("T-2", "Done now")],
      Rapporter: [
        report("T-1", "2022-Q4", "Aktiv", "Grønn"),
        report("T-1", "2023-Q1", "Avsluttet"),
        report("T-1", "2023-Q2", "Avsluttet"),
        report("T-2", "2023-Q1", "Aktiv", "Grønn"),
        report("T-2", "2023-Q2", "Avsluttet"),
      ],
    },
    active: 0,
    new: [],
    completed: ["Done now"],
    paused: [],
  },
  {
    title: "an active phase carries forward into a period without a row",
    rows: { Tiltak: [initiative("T-1", "Quiet")], Rapporter: [report("T-1", "2023-Q1", "Aktiv", "Grønn")] },
    active: 1,
    new: [],
    completed: [],
    paused: [],
  },
  {
    title: "paused initiatives are listed, and not active",
    rows: {
      Tiltak: [initiative("T-1", "Pause B"), initiative("T-2", "Pause A")],
      Rapporter: [report("T-1", "2023-Q2", "Pause"), report("T-2", "2023-Q1", "Pause")],
    },
    active: 0,
    new: ["Pause B"],
    completed: [],
    paused: ["Pause A", "Pause B"],
  },
];

describe("summarizeInitiatives", () => {
  it.each(CASES)("$title", ({ rows, active, ...lists }) => {
    const s = summarizeInitiatives(registerOf(rows), Q2, Q1);
    expect(s.active).toBe(active);
    expect(s.new.map((i) => i.name)).toEqual(lists.new);
    expect(s.completed.map((i) => i.name)).toEqual(lists.completed);
    expect(s.paused.map((i) => i.name)).toEqual(lists.paused);
  });

  it("counts active initiatives by segment, every segment present", () => {
    const rows: RegisterRows = {
      Tiltak: [initiative("T-1", "A", "Samstyring"), initiative("T-2", "B", "Samstyring"), initiative("T-3", "C", "Orientering")],
      Rapporter: [
        report("T-1", "2023-Q2", "Aktiv", "Grønn"),
        report("T-2", "2023-Q2", "Aktiv", "Grønn"),
        report("T-3", "2023-Q2", "Planlagt"),
      ],
    };
    expect(summarizeInitiatives(registerOf(rows), Q2, Q1).bySegment).toEqual({ Samstyring: 2, Koordinering: 0, Orientering: 0 });
  });
});
