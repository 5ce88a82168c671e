/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import "./textCodecs";
import type { Summary } from "../../src/core/summary/summary";
import { buildSampleReport } from "./buildSampleReport";
import { coveredValues, NS, readCells, readChartParts, type ChartPart } from "./readChartParts";

type Matrix = number[][];

/** The figures each report sheet's charts must show, one matrix per chart (series × points, or the transpose). */
function expectedFigures(s: Summary): Record<string, Matrix[]> {
  const counts = (r: Record<string, number>) => Object.values(r);
  const previousAndCurrent = (x: Summary["status"]) => Object.keys(x.current).map((code) => [x.previous[code] ?? 0, x.current[code] ?? 0]);
  const categories = Object.values(s.dependencies.byCategory);
  const statuses = Object.keys(categories[0] ?? {});
  return {
    Oppsummering: [[counts(s.initiatives.bySegment)]],
    Status: [previousAndCurrent(s.status)],
    Risiko: [previousAndCurrent(s.risk)],
    Historikk: [Object.keys(s.status.current).map((code) => s.history.periods.map((p) => s.history.status[p][code]))],
    "Avhengigheter rapport": [categories.map((byStatus) => statuses.map((code) => byStatus[code] ?? 0))],
    "Mål og bærekraft": [[counts(s.strategicGoals)], [counts(s.sustainabilityGoals.byGoal)]],
  };
}

function seriesMatrix(chart: ChartPart): Matrix {
  return Array.from(chart.doc.getElementsByTagNameNS(NS.c, "ser")).map((ser) =>
    Array.from(ser.getElementsByTagNameNS(NS.c, "val")[0].getElementsByTagNameNS(NS.c, "v")).map((v) => Number(v.textContent)),
  );
}

function transpose(m: Matrix): Matrix {
  return m.length === 0 ? [] : m[0].map((_, i) => m.map((row) => row[i]));
}

let charts: ChartPart[];
let summary: Summary;
let read: (sheet: string, cell: string) => string;
beforeAll(async () => {
  const report = await buildSampleReport("nb");
  summary = report.summary;
  charts = (await readChartParts(report.bytes)).charts;
  read = await readCells(report.bytes);
}, 60_000);

describe("the sample report workbook's charts", () => {
  it("holds a chart for each figure of the May 2023 report, six or more", () => {
    expect(charts.length).toBeGreaterThanOrEqual(6);
    expect(new Set(charts.map((c) => c.sheet))).toEqual(new Set(Object.keys(expectedFigures(summary))));
  });

  it("refers only to cells on the chart's own report sheet, sheet names quoted", () => {
    for (const chart of charts) {
      for (const ref of chart.references) {
        expect([ref.sheet, ref.formula.startsWith(`'${chart.sheet.replace(/'/g, "''")}'!`)]).toEqual([chart.sheet, true]);
      }
    }
  });

  it("caches exactly what the referenced cells hold", () => {
    for (const chart of charts) {
      for (const ref of chart.references) {
        expect({ formula: ref.formula, cells: ref.cells.map((cell) => read(ref.sheet, cell)) }).toEqual({
          formula: ref.formula,
          cells: ref.cache,
        });
      }
    }
  });

  it("shows the summary's figures", () => {
    const expected = expectedFigures(summary);
    for (const [sheet, matrices] of Object.entries(expected)) {
      const shown = charts.filter((c) => c.sheet === sheet).map(seriesMatrix);
      const unmatched = matrices.filter(
        (m) => !shown.some((s) => JSON.stringify(s) === JSON.stringify(m) || JSON.stringify(s) === JSON.stringify(transpose(m))),
      );
      expect({ sheet, unmatched }).toEqual({ sheet, unmatched: [] });
    }
  });

  it("places every chart beside its table, covering no filled cell", () => {
    for (const chart of charts) {
      expect({ sheet: chart.sheet, covered: coveredValues(read, chart) }).toEqual({ sheet: chart.sheet, covered: [] });
    }
  });
});

describe("the English report", () => {
  it("carries the same charts on its English-named sheets, names quoted", async () => {
    const report = await buildSampleReport("en");
    const english = (await readChartParts(report.bytes)).charts;
    expect(english.length).toBe(charts.length);
    for (const chart of english) {
      expect(chart.sheet).not.toMatch(/Oppsummering|Risiko|Avhengigheter|Mål/);
      for (const ref of chart.references) {
        expect(ref.formula.startsWith(`'${chart.sheet}'!`)).toBe(true);
      }
    }
  });
});
