import { summarizeCosts } from "../../src/core/summary/summarizeCosts";
import { initiative, registerOf, type Row } from "./registerOf";

function cost(solution: string, initiative: string, part: string | null, year: number, amount: number | string, internal?: string): Row {
  return { Løsning: solution, Tiltak: initiative, Del: part, År: year, Beløp: amount, "Dekket internt": internal ?? null };
}

const register = registerOf({
  Tiltak: [initiative("T-001", "Program Pasientens Legemiddelliste")],
  Driftskostnader: [
    cost("Helsenorge", "Helsenorge", "Diverse tiltak", 2025, 13.5),
    cost("E-resept", "T-001", "SFM", 2024, 55),
    cost("E-resept", "T-001", "SFM", 2022, 14, "Ja"),
    cost("E-resept", "T-001", "SFM", 2023, "(24)"),
    cost("Helsenorge", "Helsenorge", "Overført", 2024, -4),
    cost("Kjernejournal", "Digital behandlingsplan", null, 2023, 2.3, "Ja"),
    cost("Helsenorge", "Helsenorge", "Diverse tiltak", 2023, 18),
  ],
});

describe("summarizeCosts", () => {
  const table = summarizeCosts(register);

  it("has one column per year present, sorted", () => {
    expect(table.years).toEqual([2022, 2023, 2024, 2025]);
  });

  it("has one row per solution, initiative and part, in Løsning order, an ID shown by its name", () => {
    expect(table.rows.map((r) => [r.solution, r.initiative, r.part])).toEqual([
      ["E-resept", "Program Pasientens Legemiddelliste", "SFM"],
      ["Kjernejournal", "Digital behandlingsplan", ""],
      ["Helsenorge", "Helsenorge", "Diverse tiltak"],
      ["Helsenorge", "Helsenorge", "Overført"],
    ]);
  });

  it("keeps internal amounts apart, whether marked Ja or written in parentheses", () => {
    expect(table.rows[0]).toMatchObject({ amounts: { 2024: 55 }, internal: { 2022: 14, 2023: 24 } });
    expect(table.rows[1]).toMatchObject({ amounts: {}, internal: { 2023: 2.3 } });
  });

  it("totals every year without the internal amounts", () => {
    expect(table.totals).toEqual({ 2022: 0, 2023: 18, 2024: 51, 2025: 13.5 });
  });

  it("is empty without cost rows", () => {
    expect(summarizeCosts(registerOf({ Tiltak: [] }))).toEqual({ years: [], rows: [], totals: {} });
  });
});
