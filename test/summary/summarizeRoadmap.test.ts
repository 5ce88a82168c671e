import type { Period } from "../../src/core/register/period";
import { summarizeRoadmap } from "../../src/core/summary/summarizeRoadmap";
import { summarizeTopics } from "../../src/core/summary/summarizeTopics";
import { summarize } from "../../src/core/summary/summary";
import { initiative, registerOf, report, type Row } from "./registerOf";

const row = (goal: number, area: string, who: string, extra: Row = {}): Row => ({
  Mål: goal,
  Område: area,
  Hvem: who,
  Aktivitet: `${who} gjør noe`,
  År: 2024,
  ...extra,
});
const withRoadmap = (Veikart: Row[]) =>
  registerOf({ Tiltak: [initiative("T-1", "Alfa")], Rapporter: [report("T-1", "2023-Q2", "Aktiv", "Grønn")], Veikart });

describe("summarizeRoadmap", () => {
  it("is null for a register without a Veikart sheet", () => {
    expect(summarizeRoadmap(registerOf({ Tiltak: [] }), 2024)).toBeNull();
  });

  it("lists every goal of the code list in its order, titled by it, areas or not", () => {
    const roadmap = summarizeRoadmap(withRoadmap([row(3, "Helseregistre", "FHI")]), 2024)!;
    expect(roadmap.goals.map((g) => [g.goal, g.title, g.areas.length])).toEqual([
      ["1", "Aktiv medvirkning i egen og næres helse", 0],
      ["2", "Enklere arbeidshverdag", 0],
      ["3", "Helsedata til fornying og forbedring", 1],
      ["4", "Tilgjengelig informasjon og styrket samhandling", 0],
      ["5", "Samarbeid og virkemidler som styrker gjennomføringskraft", 0],
    ]);
  });

  it("groups rows by area in the order of each area's first row, keeping the rows' order", () => {
    const roadmap = summarizeRoadmap(
      withRoadmap([row(1, "B-område", "En"), row(1, "A-område", "To"), row(1, "b-OMRÅDE ", "Tre"), row(2, "B-område", "Fire")]),
      2024,
    )!;
    expect(roadmap.goals[0].areas.map((a) => [a.title, a.rows.map((r) => r.who)])).toEqual([
      ["B-område", ["En", "Tre"]],
      ["A-område", ["To"]],
    ]);
    expect(roadmap.goals[1].areas.map((a) => a.title)).toEqual(["B-område"]);
  });

  it("keeps areas of one heading apart by their area number, as Mål 4 of the report needs", () => {
    const same = "Innføring og bruk av nye informasjonstjenester";
    const roadmap = summarizeRoadmap(
      withRoadmap([
        row(4, same, "Sykehjem", { Områdenr: 1 }),
        row(4, same, "RHF", { Områdenr: 2 }),
        row(4, same, "NHN", { Områdenr: 2 }),
        row(4, same, "Kommuner", { Områdenr: 3, Målsetting: "Ny informasjonsmodell" }),
      ]),
      2024,
    )!;
    expect(roadmap.goals[3].areas.map((a) => [a.title, a.objective, a.rows.length])).toEqual([
      [same, null, 1],
      [same, null, 2],
      [same, "Ny informasjonsmodell", 1],
    ]);
  });

  it("gives the plan year's rows only, open-ended periods with a null end, empty cells as null", () => {
    const roadmap = summarizeRoadmap(
      withRoadmap([
        row(1, "Område", "Nå", { Fra: 2024, Tjeneste: "Digihelse", Merknad: "Kandidat", Tiltak: "T-1" }),
        row(1, "Område", "Neste år", { År: 2025, Fra: 2025, Til: 2026 }),
        row(1, "Område", "Uten periode", { Aktivitet: null }),
      ]),
      2024,
    )!;
    expect(roadmap.year).toBe(2024);
    expect(roadmap.goals[0].areas[0].rows).toEqual([
      { who: "Nå", service: "Digihelse", activity: "Nå gjør noe", from: 2024, to: null, initiative: "T-1", note: "Kandidat" },
      { who: "Uten periode", service: null, activity: null, from: null, to: null, initiative: null, note: null },
    ]);
  });

  it("is the year after the period's by default, and another year when asked", () => {
    const register = withRoadmap([row(1, "Område", "I år", { År: 2024 }), row(1, "Område", "Neste år", { År: 2025 })]);
    expect(summarize(register, []).roadmap?.year).toBe(2024);
    const later = summarize(register, [], undefined, { year: 2025 }).roadmap!;
    expect(later.goals[0].areas[0].rows.map((r) => r.who)).toEqual(["Neste år"]);
  });
});

describe("summarizeTopics", () => {
  const Q2 = "2023-Q2" as Period;
  const topic = (title: string, followUp: string | null, period = "2023-Q2", ids: string | null = null): Row => ({
    Periode: period,
    Tema: title,
    Tekst: `Om ${title}`,
    Oppfølging: followUp,
    Tiltak: ids,
  });

  it("gives the period's topics, those followed up from the previous report first, each group in sheet order", () => {
    const register = registerOf({
      Tiltak: [],
      Temaer: [
        topic("Nytt A", null),
        topic("Fulgt opp A", "Ja", "2023-Q2", "T-1, T-2"),
        topic("Gammelt", "Ja", "2023-Q1"),
        topic("Nytt B", "Nei"),
        topic("Fulgt opp B", "yes"),
      ],
    });
    expect(summarizeTopics(register, Q2)).toEqual([
      { title: "Fulgt opp A", text: "Om Fulgt opp A", followUp: true, initiatives: ["T-1", "T-2"] },
      { title: "Fulgt opp B", text: "Om Fulgt opp B", followUp: true, initiatives: [] },
      { title: "Nytt A", text: "Om Nytt A", followUp: false, initiatives: [] },
      { title: "Nytt B", text: "Om Nytt B", followUp: false, initiatives: [] },
    ]);
  });
});
