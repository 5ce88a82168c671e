import type { Period } from "../../src/core/register/period";
import { summarizeDependencies } from "../../src/core/summary/summarizeDependencies";
import { initiative, registerOf, type Row } from "./registerOf";

const Q2 = "2023-Q2" as Period;

function dependency(id: string, period: string, category: string, criticality: string, status: string, extra: Row = {}): Row {
  return {
    ID: id,
    Periode: period,
    Avhengighet: `${category} ${criticality} ${status}`,
    Kategori: category,
    Kritikalitet: criticality,
    Status: status,
    ...extra,
  };
}

const register = registerOf({
  Tiltak: [initiative("T-1", "Helseplattformen"), initiative("T-2", "EPJ-løftet")],
  Avhengigheter: [
    dependency("T-1", "2023-Q1", "Finansiering", "Høy", "Rød"),
    dependency("T-1", "2023-Q2", "EPJ-leverandører", "Høy", "Rød", { Avhengighet: "Enighet om e-multidose" }),
    dependency("T-2", "2023-Q2", "EPJ-leverandører", "Middels", "Rød"),
    dependency("T-2", "2023-Q2", "Finansiering", "Lav", "Gul"),
    dependency("T-2", "2023-Q2", "Annet", "Høy", "Rød", { Avhengighet: "Oppdragsavtale med NHN", Frist: "03.04.2023" }),
    dependency("T-2", "2023-Q2", "Annet", "Høy", "Grønn"),
  ],
});

describe("summarizeDependencies", () => {
  const d = summarizeDependencies(register, Q2);

  it("counts only the rows of the period", () => {
    expect(d.total).toBe(5);
  });

  it.each([
    ["EPJ-leverandører", { Grønn: 0, Gul: 0, Rød: 2 }],
    ["Finansiering", { Grønn: 0, Gul: 1, Rød: 0 }],
    ["Annet", { Grønn: 1, Gul: 0, Rød: 1 }],
    ["Ressurser", { Grønn: 0, Gul: 0, Rød: 0 }],
  ])("counts %s by status, zeros included", (category, counts) => {
    expect(d.byCategory[category]).toEqual(counts);
  });

  it("lists every category of the code list", () => {
    expect(Object.keys(d.byCategory)).toHaveLength(7);
  });

  it("counts red ones by criticality, every criticality present", () => {
    expect(d.redByCriticality).toEqual({ Høy: 2, Middels: 1, Lav: 0 });
  });

  it("lists high-criticality red ones with initiative, owner, dependency and deadline, sorted by initiative", () => {
    expect(d.criticalRed).toEqual([
      { id: "T-2", initiative: "EPJ-løftet", owner: "Eier av EPJ-løftet", dependency: "Oppdragsavtale med NHN", deadline: "2023-04-03" },
      {
        id: "T-1",
        initiative: "Helseplattformen",
        owner: "Eier av Helseplattformen",
        dependency: "Enighet om e-multidose",
        deadline: null,
      },
    ]);
  });
});
