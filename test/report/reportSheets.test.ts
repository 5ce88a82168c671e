import { rangeHas } from "../../src/core/cells";
import type { ReportSheet } from "../../src/core/report/reportSheet";
import { INTERNAL_FORMAT, MNOK_FORMAT, RAG_FILL } from "../../src/core/report/styles";
import type { Summary } from "../../src/core/summary/summary";
import { SAMPLE_REPORT_NB, sampleReport, sheetOf } from "./sampleReport";

/** The row (1-based) whose first cell is this text. */
function rowStarting(sheet: ReportSheet, text: string, after = 0): number {
  const i = sheet.values.findIndex((line, r) => r >= after && line[0] === text);
  if (i < 0) {
    throw new Error(`no row starting with ${text} in ${sheet.name}`);
  }
  return i + 1;
}

/** The style properties that apply to a cell, later ranges winning. */
function styleAt(sheet: ReportSheet, row: number, column: number): Record<string, unknown> {
  return sheet.styles.reduce((acc, { range, style }) => (rangeHas(range, row, column) ? { ...acc, ...style } : acc), {});
}

describe("report sheets of the sample", () => {
  let summary: Summary;
  let sheets: ReportSheet[];
  beforeAll(async () => {
    ({ summary, sheets } = await sampleReport("nb"));
  });

  it("are the contract's sheets, in order, in either language", async () => {
    expect(sheets.map((s) => s.name)).toEqual(SAMPLE_REPORT_NB);
    const en = await sampleReport("en");
    expect(en.sheets.map((s) => s.name)).toEqual([
      "Summary",
      "Status",
      "Risk",
      "Status history",
      "Dependencies report",
      "Goals and sustainability",
      "Current topics",
      "Operating costs table",
      "Initiatives for 2024",
      "Checks",
    ]);
  });

  it("print landscape, one page wide, with the heading rows frozen", () => {
    for (const s of sheets) {
      expect(s.print).toEqual({ landscape: true, fitToWidth: true });
      expect(s.freezeRows).toBeGreaterThan(0);
    }
  });

  it("Oppsummering names both periods and gives the key figures now and before", () => {
    const s = sheetOf(sheets, "summary");
    expect(s.values[1][0]).toBe("Rapportering Q2 2023, sammenlignet med forrige rapportering Q1 2023");
    const header = rowStarting(s, "Nøkkeltall", rowStarting(s, "Nøkkeltall"));
    expect(s.values[header - 1].slice(0, 3)).toEqual(["Nøkkeltall", "Q2 2023", "Q1 2023"]);
    const figure = (label: string) => s.values[rowStarting(s, label) - 1][1];
    expect(figure("Aktive tiltak")).toBe(37);
    expect(figure("Tiltak med rød status")).toBe(2);
    expect(figure("Tiltak med rød risiko")).toBe(1);
    expect(figure("Avhengigheter med høy kritikalitet og rød status")).toBe(5);
    expect(figure("Budsjett, segment Samstyring (mill. kr)")).toBe(535.5);
    expect(styleAt(s, rowStarting(s, "Budsjett, segment Samstyring (mill. kr)"), 2).numFmt).toBe(MNOK_FORMAT);
  });

  it.each([
    ["status", "Tiltak med rød status"],
    ["risk", "Tiltak med rød risiko"],
  ] as const)("%s lists the red initiatives with reasons, and the counts in traffic-light colours", (key, heading) => {
    const s = sheetOf(sheets, key);
    const first = rowStarting(s, heading) + 2;
    const red = summary[key].red;
    expect(s.values.slice(first - 1, first - 1 + red.length).map((l) => l.slice(0, 4))).toEqual(
      red.map((r) => [r.name, r.id, r.owner, r.reason]),
    );
    for (const code of ["Grønn", "Gul", "Rød", "Grå"]) {
      expect(styleAt(s, rowStarting(s, code), 1).fill).toBe(RAG_FILL[code]);
    }
    // Reasons run over several lines, so their rows are made tall enough to show them.
    expect(s.rowHeights?.[first]).toBeGreaterThan(15);
  });

  it("Status lists the changes with their colours", () => {
    const s = sheetOf(sheets, "status");
    const r = rowStarting(s, "Kjernejournal dokumentdeling");
    expect(s.values[r - 1].slice(0, 3)).toEqual(["Kjernejournal dokumentdeling", "Rød", "Gul"]);
    expect(styleAt(s, r, 2).fill).toBe(RAG_FILL.Rød);
    expect(styleAt(s, r, 3).fill).toBe(RAG_FILL.Gul);
  });

  it("Avhengigheter rapport has the critical table of Figur 5 with deadlines as dates shown dd.mm.yyyy", () => {
    const s = sheetOf(sheets, "dependencies");
    const header = rowStarting(s, "Tiltak");
    expect(s.values[header - 1].slice(0, 4)).toEqual(["Tiltak", "Eier", "Avhengighet", "Frist"]);
    const epj = rowStarting(s, "EPJ-løftet");
    expect(s.values[epj - 1].slice(0, 4)).toEqual([
      "EPJ-løftet",
      "Direktoratet for e-helse",
      "Oppdragsavtale med Norsk helsenett",
      new Date("2023-04-03T00:00:00Z"),
    ]);
    expect(styleAt(s, epj, 4).numFmt).toBe("dd.mm.yyyy");
    expect(s.values[rowStarting(s, "Helseplattformen") - 1][3]).toBeNull();
    expect(s.values[rowStarting(s, "Høy") - 1][1]).toBe(5);
    expect(s.values[rowStarting(s, "Middels") - 1][1]).toBe(2);
  });

  it("Mål og bærekraft says on how many active initiatives sustainability goals are reported", () => {
    const s = sheetOf(sheets, "goals");
    expect(s.values.map((l) => l[0])).toContain("Knytning til bærekraftsmålene er rapportert på 32 av 37 aktive tiltak.");
  });

  describe("Driftskostnader tabell (chapter 5)", () => {
    let s: ReportSheet;
    beforeAll(() => {
      s = sheetOf(sheets, "costs");
    });

    it("has solution, initiative, part and one column per year, header frozen", () => {
      const header = rowStarting(s, "Løsning");
      expect(s.values[header - 1]).toEqual(["Løsning", "Tiltak", "Del", "2022", "2023", "2024", "2025", "2026"]);
      expect(s.freezeRows).toBe(header);
    });

    it("shows internal amounts in parentheses and leaves them out of the Sum row", () => {
      const sfm = rowStarting(s, "E-resept");
      expect(s.values[sfm - 1]).toEqual(["E-resept", "Program Pasientens Legemiddelliste", "SFM", 14, 24, 55, null, null]);
      expect(styleAt(s, sfm, 4).numFmt).toBe(INTERNAL_FORMAT);
      expect(styleAt(s, sfm, 6).numFmt).toBe(MNOK_FORMAT);
      const sum = rowStarting(s, "Sum");
      expect(s.values[sum - 1].slice(3)).toEqual([15, 23, 93, 21.5, 12]);
      expect(styleAt(s, sum, 7).numFmt).toBe("#,##0.0;-#,##0.0");
      expect(s.values.map((l) => l[0])).toContain("Tall i parentes ble dekket internt av tiltakseier og inngår ikke i summen.");
    });

    it("writes each solution once, on the first row of its group", () => {
      expect(s.values.map((l) => l[0]).filter((v) => v === "Helsenorge")).toHaveLength(1);
    });
  });
});
