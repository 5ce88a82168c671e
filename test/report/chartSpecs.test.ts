import { parseA1 } from "../../src/core/cells";
import type { ChartSpec } from "../../src/core/report/chartSpec";
import type { ReportSheet } from "../../src/core/report/reportSheet";
import { RAG_FILL } from "../../src/core/report/styles";
import type { Summary } from "../../src/core/summary/summary";
import { sampleReport, sheetOf, valuesAt } from "./sampleReport";

function chartsOf(sheets: ReportSheet[]): Array<[string, ChartSpec, ReportSheet]> {
  return sheets.flatMap((sheet) => sheet.charts.map((c): [string, ChartSpec, ReportSheet] => [c.title, c, sheet]));
}

describe("chart specs of the sample report", () => {
  let summary: Summary;
  let sheets: ReportSheet[];
  beforeAll(async () => {
    ({ summary, sheets } = await sampleReport("nb"));
  });

  it("has the six figures of the May 2023 report and the history's, each on its own report sheet", () => {
    expect(chartsOf(sheets).map(([, c, s]) => [s.key, c.kind])).toEqual([
      ["summary", "pie"],
      ["status", "column"],
      ["risk", "column"],
      ["history", "columnStacked"],
      ["dependencies", "barStacked"],
      ["goals", "bar"],
      ["goals", "bar"],
    ]);
    for (const [, chart, sheet] of chartsOf(sheets)) {
      expect(chart.sheet).toBe(sheet.name);
    }
  });

  it("caches exactly what its cells hold: categories, series names and values", () => {
    for (const [, chart, sheet] of chartsOf(sheets)) {
      expect(valuesAt(sheet, chart.categories).map(String)).toEqual(chart.categoryCache);
      for (const s of chart.series) {
        expect(valuesAt(sheet, s.values)).toEqual(s.cache);
        if (s.nameCell) {
          expect(valuesAt(sheet, s.nameCell)).toEqual([s.name]);
        }
      }
    }
  });

  it("sits beside its table: every cell under a chart is empty", () => {
    for (const [title, chart, sheet] of chartsOf(sheets)) {
      const from = parseA1(chart.anchor.from);
      for (let r = from.row; r < from.row + chart.anchor.rows; r++) {
        for (let c = from.column; c < from.column + chart.anchor.columns; c++) {
          expect([title, r, c, sheet.values[r - 1]?.[c - 1] ?? null]).toEqual([title, r, c, null]);
        }
      }
    }
  });

  it("Figur 1 shows active initiatives by segment", () => {
    const [chart] = sheetOf(sheets, "summary").charts;
    expect(chart.categoryCache).toEqual(Object.keys(summary.initiatives.bySegment));
    expect(chart.series[0].cache).toEqual([12, 15, 10]);
  });

  it.each(["status", "risk"] as const)("Figur 2/3 (%s): previous then current, one series per colour in its colour", (aspect) => {
    const [chart] = sheetOf(sheets, aspect).charts;
    expect(chart.categoryCache).toEqual(["Q1 2023", "Q2 2023"]);
    expect(chart.series.map((s) => [s.name, s.color, s.cache])).toEqual(
      Object.keys(summary[aspect].current).map((code) => [
        code,
        RAG_FILL[code],
        [summary[aspect].previous[code], summary[aspect].current[code]],
      ]),
    );
  });

  it("Figur 4 stacks each category's dependencies by status", () => {
    const [chart] = sheetOf(sheets, "dependencies").charts;
    const categories = Object.keys(summary.dependencies.byCategory);
    expect(chart.categoryCache).toEqual(categories);
    for (const s of chart.series) {
      expect(s.color).toBe(RAG_FILL[s.name]);
      expect(s.cache).toEqual(categories.map((c) => summary.dependencies.byCategory[c][s.name]));
    }
    expect(chart.series.flatMap((s) => s.cache).reduce((a, n) => a + n, 0)).toBe(60);
  });

  it("Figur 6 and 7 show active initiatives by strategic and by sustainability goal, labelled by description", () => {
    const [goals, sustainability] = sheetOf(sheets, "goals").charts;
    expect(goals.series[0].cache).toEqual(Object.values(summary.strategicGoals));
    expect(goals.categoryCache[0]).toBe("Aktiv medvirkning i egen og næres helse");
    expect(sustainability.series[0].cache).toEqual(Object.values(summary.sustainabilityGoals.byGoal));
    expect(sustainability.categoryCache).toContain("God helse og livskvalitet");
  });

  it("titles the charts in the chosen language", async () => {
    const en = await sampleReport("en");
    expect(chartsOf(en.sheets).map(([t]) => t)).toEqual([
      "Active initiatives by segment, Q2 2023",
      "Status at the previous reporting (left) and now (right)",
      "Risk at the previous reporting (left) and now (right)",
      "Status of active initiatives per period",
      "Dependencies by category and status",
      "Active initiatives by strategic goal (main goal)",
      "Active initiatives by sustainability goal",
    ]);
    expect(sheetOf(en.sheets, "status").charts[0].series.map((s) => s.name)).toEqual(["Green", "Yellow", "Red", "Grey"]);
  });
});
