import { rangeHas, type CellValue } from "../../src/core/cells";
import type { ReportSheet } from "../../src/core/report/reportSheet";
import { SEED_ROADMAP_2024, type SeedArea } from "./fixtures/seedRoadmap2024";
import { sampleReport, sheetOf } from "./sampleReport";

const BAR = "2E75B6";

interface ShownArea {
  goal: string;
  title: string;
  objective: string | null;
  note: string | null;
  rows: CellValue[][];
  /** 1-based sheet rows of the data rows. */
  at: number[];
}

/** The areas of a roadmap sheet as a reader sees them: goal heading, area heading, objective, note, then the table. */
function areasOf(sheet: ReportSheet, words = { goal: "Mål", who: "Hvem", objective: "Målsetting: ", note: "Merknad: " }): ShownArea[] {
  const areas: ShownArea[] = [];
  const text = (r: number) => sheet.values[r]?.[0];
  const blank = (r: number) => (sheet.values[r] ?? []).every((v) => v === null);
  let goal = "";
  sheet.values.forEach((line, r) => {
    const heading = typeof line[0] === "string" ? new RegExp(`^${words.goal} (\\d+)(: |$)`).exec(line[0]) : null;
    if (heading && line.slice(1).every((v) => v === null)) {
      goal = heading[1];
      return;
    }
    if (line[0] !== words.who) {
      return;
    }
    let above = r - 1;
    const prefixed = (prefix: string) => {
      const v = text(above);
      if (typeof v === "string" && v.startsWith(prefix)) {
        above--;
        return v.slice(prefix.length);
      }
      return null;
    };
    const note = prefixed(words.note);
    const objective = prefixed(words.objective);
    const area: ShownArea = { goal, title: String(text(above)), objective, note, rows: [], at: [] };
    for (let d = r + 1; d < sheet.values.length && !blank(d); d++) {
      area.rows.push(sheet.values[d]);
      area.at.push(d + 1);
    }
    areas.push(area);
  });
  return areas;
}

/** The whole period as the report prints it. */
function printed(from: number | null, to: number | null): string | null {
  if (from === null) {
    return null;
  }
  return to === null ? `${from} →` : from === to ? String(from) : `${from} – ${to}`;
}

function fillAt(sheet: ReportSheet, row: number, column: number): unknown {
  return sheet.styles.reduce<unknown>(
    (fill, { range, style }) => (rangeHas(range, row, column) && style.fill ? style.fill : fill),
    undefined,
  );
}

describe("Tiltak for 2024 of the sample (chapter 7 of the May 2023 report)", () => {
  let sheet: ReportSheet;
  let areas: ShownArea[];
  beforeAll(async () => {
    const { sheets } = await sampleReport("nb");
    sheet = sheetOf(sheets, "roadmap");
    areas = areasOf(sheet);
  });

  it("is named for the year after the period's, and prints landscape, one page wide", () => {
    expect(sheet.name).toBe("Tiltak for 2024");
    expect(sheet.values[0][0]).toBe("Tiltak for 2024");
    expect(sheet.print).toEqual({ landscape: true, fitToWidth: true });
  });

  it("has a section for each of the five goals, titled from the code list (the report prints none for Mål 2)", () => {
    const headings = sheet.values.map((l) => l[0]).filter((v): v is string => typeof v === "string" && /^Mål \d+: /.test(v));
    expect(headings).toEqual([
      "Mål 1: Aktiv medvirkning i egen og næres helse",
      "Mål 2: Enklere arbeidshverdag",
      "Mål 3: Helsedata til fornying og forbedring",
      "Mål 4: Tilgjengelig informasjon og styrket samhandling",
      "Mål 5: Samarbeid og virkemidler som styrker gjennomføringskraft",
    ]);
  });

  it("shows the report's 17 areas in order, each under its goal, with its objective and note", () => {
    const shape = (a: ShownArea | SeedArea) => ({ goal: a.goal, title: a.title, objective: a.objective, note: a.note });
    expect(areas.map(shape)).toEqual(SEED_ROADMAP_2024.map(shape));
  });

  it("keeps Mål 4's four areas of one heading apart, as the report prints them", () => {
    const same = areas.filter((a) => a.goal === "4" && a.title === "Innføring og bruk av nye informasjonstjenester");
    expect(same.map((a) => a.rows.length)).toEqual([1, 3, 2, 7]);
  });

  it("has every one of the report's 99 rows: Hvem, Tjeneste, Hva skal skje i 2024? and Totalperiode", () => {
    expect(sheet.values.find((l) => l[0] === "Hvem")?.slice(0, 4)).toEqual(["Hvem", "Tjeneste", "Hva skal skje i 2024?", "Totalperiode"]);
    const shown = areas.map((a) => a.rows.map((r) => r.slice(0, 4)));
    const seed = SEED_ROADMAP_2024.map((a) =>
      a.rows.map(([who, service, activity, from, to]) => [who, service, activity, printed(from, to)]),
    );
    expect(shown).toEqual(seed);
    expect(shown.flat()).toHaveLength(99);
  });

  it("draws each period as a bar across the years from Fra to Til, an open-ended one to the last year with an arrow", () => {
    const header = sheet.values.findIndex((l) => l[0] === "Hvem");
    const years = sheet.values[header].slice(4).map(Number);
    expect(years).toEqual([2021, 2022, 2023, 2024, 2025, 2026, 2027, 2028, 2029]);
    areas.forEach((area, a) => {
      area.at.forEach((row, i) => {
        const [, , , from, to] = SEED_ROADMAP_2024[a].rows[i];
        const barred = years.filter((_, k) => fillAt(sheet, row, 5 + k) === BAR);
        const expected = from === null ? [] : years.filter((y) => y >= from && y <= (to ?? years[years.length - 1]));
        expect(barred).toEqual(expected);
        expect(sheet.values[row - 1][4 + years.length - 1]).toBe(from !== null && to === null ? "→" : null);
      });
    });
  });

  it("is laid out in English with --lang en, the register's texts as written", async () => {
    const { sheets } = await sampleReport("en");
    const en = sheetOf(sheets, "roadmap");
    expect(en.name).toBe("Initiatives for 2024");
    const shown = areasOf(en, { goal: "Goal", who: "Who", objective: "Objective: ", note: "Note: " });
    expect(shown.map((a) => a.title)).toEqual(SEED_ROADMAP_2024.map((a) => a.title));
    expect(en.values.find((l) => l[0] === "Who")?.slice(0, 4)).toEqual(["Who", "Service", "What happens in 2024?", "Whole period"]);
  });
});
