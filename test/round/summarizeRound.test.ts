import type { IsoDate } from "../../src/core/register/dates";
import type { Period } from "../../src/core/register/period";
import { readRegister } from "../../src/core/register/readRegister";
import { summarizeRound } from "../../src/core/round/summarizeRound";
import { summarize } from "../../src/core/summary/summary";
import { initiative, registerOf, report, type RegisterRows } from "../summary/registerOf";

const Q2 = "2023-Q2" as Period;
const on = (date: string) => ({ Rapportert: date });

const TILTAK = [
  initiative("T-1", "Anmeldt", "Samstyring", { Kontakt: "a@example.no" }),
  initiative("T-2", "Borte", "Koordinering", { Kontakt: "b@example.no" }),
  initiative("T-3", "Ceremoni", "Orientering"),
  initiative("T-4", "Drøy", "Orientering", { Kontakt: "d@example.no" }),
  initiative("T-5", "Pauset", "Orientering", { Kontakt: "p@example.no" }),
];
const RAPPORTER = [
  report("T-1", "2023-Q1", "Aktiv", "Grønn", "Grønn"),
  report("T-2", "2023-Q1", "Aktiv", "Grønn", "Grønn"),
  report("T-3", "2023-Q1", "Aktiv", "Grønn"),
  report("T-4", "2023-Q1", "Aktiv", "Grønn"),
  report("T-5", "2023-Q1", "Pause"),
  report("T-1", "2023-Q2", "Aktiv", "Grønn", "Grønn", on("2023-03-27")),
  report("T-4", "2023-Q2", "Aktiv", "Grønn", undefined, on("2023-04-12")),
];

interface Case {
  title: string;
  rows: RegisterRows;
  deadline?: string;
  expected: { deadline: string | null; notReported: string[]; late: Array<[string, string]> };
}

const CASES: Case[] = [
  {
    title: "without a deadline: who has not reported, no late list",
    rows: { Tiltak: TILTAK, Rapporter: RAPPORTER },
    expected: { deadline: null, notReported: ["Borte", "Ceremoni"], late: [] },
  },
  {
    title: "with --deadline: reports made after it are late",
    rows: { Tiltak: TILTAK, Rapporter: RAPPORTER },
    deadline: "2023-03-30",
    expected: { deadline: "2023-03-30", notReported: ["Borte", "Ceremoni"], late: [["Drøy", "2023-04-12"]] },
  },
  {
    title: "with the Kodeverk list Frist: the period's deadline is used",
    rows: {
      Tiltak: TILTAK,
      Rapporter: RAPPORTER,
      Kodeverk: [
        { Liste: "Frist", Kode: "2023-Q1: 2022-12-30" },
        { Liste: "Frist", Kode: "2023-Q2: 2023-03-20" },
      ],
    },
    expected: {
      deadline: "2023-03-20",
      notReported: ["Borte", "Ceremoni"],
      late: [
        ["Anmeldt", "2023-03-27"],
        ["Drøy", "2023-04-12"],
      ],
    },
  },
  {
    title: "--deadline wins over the Frist list; the period in Kode and the date in Beskrivelse also work",
    rows: { Tiltak: TILTAK, Rapporter: RAPPORTER, Kodeverk: [{ Liste: "Deadline", Kode: "Q2 2023", Beskrivelse: "20.03.2023" }] },
    deadline: "2023-04-30",
    expected: { deadline: "2023-04-30", notReported: ["Borte", "Ceremoni"], late: [] },
  },
];

describe("summarizeRound", () => {
  it.each(CASES)("$title", ({ rows, deadline, expected }) => {
    const round = summarizeRound(registerOf(rows), Q2, deadline as IsoDate | undefined);
    expect({
      deadline: round.deadline,
      notReported: round.notReported.map((i) => i.name),
      late: round.late.map((i) => [i.name, i.reportedOn]),
    }).toEqual(expected);
  });

  it("names owner and contact of each initiative not reported (empty contact when none is given)", () => {
    const round = summarizeRound(registerOf({ Tiltak: TILTAK, Rapporter: RAPPORTER }), Q2);
    expect(round.notReported).toEqual([
      { id: "T-2", name: "Borte", owner: "Eier av Borte", contact: "b@example.no" },
      { id: "T-3", name: "Ceremoni", owner: "Eier av Ceremoni", contact: "" },
    ]);
  });

  it("moves not-reported initiatives out of the status changes into the round", () => {
    const s = summarize(registerOf({ Tiltak: TILTAK, Rapporter: RAPPORTER }), [], Q2);
    expect(s.status.changes).toEqual([]);
    expect(s.status.current.Grå).toBe(2);
    expect(s.round.notReported.map((i) => i.id)).toEqual(["T-2", "T-3"]);
  });

  it("reads Frist rows as period: date, or the period in Kode and the date in Beskrivelse; warns at one that names neither", () => {
    const { register, findings } = readRegister([
      { name: "Tiltak", origin: { row: 1, column: 1 }, values: [["ID", "Navn", "Eier", "Segment"]] },
      {
        name: "Kodeverk",
        origin: { row: 1, column: 1 },
        values: [
          ["Liste", "Kode", "Beskrivelse"],
          ["Frist", "snart", null],
          ["Frist", "2023-Q2: 2023-03-30", null],
          ["Deadline", "Q3 2023", "20.09.2023"],
        ],
      },
    ]);
    expect(findings.filter((f) => f.type === "cell/deadline-code").map((f) => [f.cell, f.severity])).toEqual([["B2", "warning"]]);
    expect(register.deadlines).toEqual({ "2023-Q2": "2023-03-30", "2023-Q3": "2023-09-20" });
  });
});
