import { join } from "node:path";
import { main } from "../../src/cli/main";
import { enCount, nbCount } from "../../src/core/summary/openingText";
import { summarize } from "../../src/core/summary/summary";
import { initiative, registerOf, report, type Row } from "./registerOf";

/** One initiative per entry: [name, phase in Q1 (or null), phase and colours in Q2]. */
type Entry = [name: string, q1: [string, string?, string?] | null, q2: [string, string?, string?]];

/** The opening paragraphs of a portfolio of initiatives in Koordinering (which reports risk). */
function opening(entries: Entry[]) {
  const Tiltak = entries.map(([name], i) => initiative(`T-${i + 1}`, name));
  const Rapporter: Row[] = entries.flatMap(([, q1, q2], i) => [
    ...(q1 ? [report(`T-${i + 1}`, "2023-Q1", ...q1)] : []),
    report(`T-${i + 1}`, "2023-Q2", ...q2),
  ]);
  return summarize(registerOf({ Tiltak, Rapporter }), []).summaryText;
}

const green = (name: string): Entry => [name, ["Aktiv", "Grønn", "Grønn"], ["Aktiv", "Grønn", "Grønn"]];

describe("the opening paragraphs (chapter 1)", () => {
  it("says what chapter 1 of the May 2023 report says, for the sample's figures", async () => {
    const out: string[] = [];
    await main(["summary", join(__dirname, "..", "..", "assets", "sample-portfolio.xlsx"), "--json"], (t) => out.push(t));
    const { summaryText } = JSON.parse(out.join("\n"));
    expect(summaryText.nb).toBe(
      "Den nasjonale e-helseporteføljen består nå av 37 aktive tiltak. To tiltak melder nå rød status – ‘EPJ-løftet’ og " +
        "‘Modernisering av Sysvak’. Andelen som rapporterer gul status er stabil. ‘EPJ-løftet’ har også rød risiko.\n\n" +
        "Det er to avsluttede tiltak og ett nytt tiltak siden forrige rapportering, og tre tiltak på pause.",
    );
    expect(summaryText.en).toBe(
      "The national e-health portfolio now consists of 37 active initiatives. Two initiatives now report red status – ‘EPJ-løftet’ " +
        "and ‘Modernisering av Sysvak’. The share reporting yellow status is stable. ‘EPJ-løftet’ also has red risk.\n\n" +
        "There are two completed initiatives and one new initiative since the previous reporting, and three initiatives paused.",
    );
  });

  it("writes one of everything in the singular, and ett for the neuter tiltak", () => {
    const text = opening([
      ["Alfa", ["Aktiv", "Rød", "Rød"], ["Aktiv", "Rød", "Rød"]],
      ["Beta", ["Aktiv", "Grønn", "Grønn"], ["Avsluttet"]],
      ["Gamma", null, ["Planlagt"]],
      ["Delta", ["Aktiv", "Grønn", "Grønn"], ["Pause"]],
    ]);
    expect(text.nb).toBe(
      "Den nasjonale e-helseporteføljen består nå av ett aktivt tiltak. Ett tiltak melder nå rød status – ‘Alfa’. " +
        "Andelen som rapporterer gul status er stabil. ‘Alfa’ har også rød risiko.\n\n" +
        "Det er ett avsluttet tiltak og ett nytt tiltak siden forrige rapportering, og ett tiltak på pause.",
    );
    expect(text.en).toBe(
      "The national e-health portfolio now consists of one active initiative. One initiative now reports red status – ‘Alfa’. " +
        "The share reporting yellow status is stable. ‘Alfa’ also has red risk.\n\n" +
        "There is one completed initiative and one new initiative since the previous reporting, and one initiative paused.",
    );
  });

  it("says none where there is none", () => {
    const text = opening([green("Alfa"), green("Beta")]);
    expect(text.nb).toBe(
      "Den nasjonale e-helseporteføljen består nå av to aktive tiltak. Ingen tiltak melder nå rød status. " +
        "Andelen som rapporterer gul status er stabil. Ingen tiltak melder rød risiko.\n\n" +
        "Det er ingen avsluttede tiltak og ingen nye tiltak siden forrige rapportering, og ingen tiltak på pause.",
    );
    expect(text.en).toContain(
      "There are no completed initiatives and no new initiatives since the previous reporting, and no initiatives paused.",
    );
  });

  it("names three red ones with commas and og, and a red risk without red status on its own", () => {
    const text = opening([
      ["Alfa", ["Aktiv", "Rød", "Grønn"], ["Aktiv", "Rød", "Grønn"]],
      ["Beta", ["Aktiv", "Rød", "Grønn"], ["Aktiv", "Rød", "Grønn"]],
      ["Gamma", ["Aktiv", "Rød", "Grønn"], ["Aktiv", "Rød", "Grønn"]],
      ["Delta", ["Aktiv", "Grønn", "Rød"], ["Aktiv", "Grønn", "Rød"]],
    ]);
    expect(text.nb).toContain("Tre tiltak melder nå rød status – ‘Alfa’, ‘Beta’ og ‘Gamma’.");
    expect(text.nb).toContain("Ett tiltak melder rød risiko – ‘Delta’.");
    expect(text.en).toContain("Three initiatives now report red status – ‘Alfa’, ‘Beta’ and ‘Gamma’.");
    expect(text.en).toContain("One initiative reports red risk – ‘Delta’.");
  });

  it.each([
    ["rises", [0, 2], "Andelen som rapporterer gul status har økt, fra 0 % til 50 %.", "has risen, from 0% to 50%."],
    ["falls", [2, 0], "Andelen som rapporterer gul status har gått ned, fra 50 % til 0 %.", "has fallen, from 50% to 0%."],
  ] as const)("says how the share of yellow %s, with both shares", (_how, [before, now], nb, en) => {
    const yellowIn = (n: number, i: number) => (i < n ? "Gul" : "Grønn");
    const text = opening(
      ["A", "B", "C", "D"].map((name, i): Entry => [name, ["Aktiv", yellowIn(before, i), "Grønn"], ["Aktiv", yellowIn(now, i), "Grønn"]]),
    );
    expect(text.nb).toContain(nb);
    expect(text.en).toContain(en);
  });

  it("counts twelve in words and 13 in digits, as the report writes them", () => {
    expect(opening(Array.from({ length: 12 }, (_, i) => green(`T${i}`))).nb).toMatch(
      /^Den nasjonale e-helseporteføljen består nå av tolv aktive tiltak\./,
    );
    expect(opening(Array.from({ length: 13 }, (_, i) => green(`T${i}`))).nb).toMatch(
      /^Den nasjonale e-helseporteføljen består nå av 13 aktive tiltak\./,
    );
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13].map(nbCount)).toEqual([
      "ett",
      "to",
      "tre",
      "fire",
      "fem",
      "seks",
      "sju",
      "åtte",
      "ni",
      "ti",
      "elleve",
      "tolv",
      "13",
    ]);
    expect([1, 12, 13].map(enCount)).toEqual(["one", "twelve", "13"]);
  });

  it("in the register's first period says so, and counts the yellow ones instead of comparing", () => {
    const text = summarize(
      registerOf({
        Tiltak: [initiative("T-1", "Alfa"), initiative("T-2", "Beta")],
        Rapporter: [report("T-1", "2023-Q2", "Aktiv", "Gul", "Grønn"), report("T-2", "2023-Q2", "Pause")],
      }),
      [],
    ).summaryText;
    expect(text.nb).toContain("Ett tiltak melder gul status.");
    expect(text.nb).toMatch(/Dette er registerets første rapportering, og det er ett tiltak på pause\.$/);
    expect(text.en).toMatch(/This is the register's first reporting, with one initiative paused\.$/);
  });
});
