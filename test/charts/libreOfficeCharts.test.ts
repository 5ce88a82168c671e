/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import "./textCodecs";
import { buildSampleReport } from "./buildSampleReport";
import { convertWithLibreOffice } from "./convertWithLibreOffice";
import { pie, segments, SHEET, stacked, withCharts } from "./oddNameWorkbook";
import { NS, parseFormula, readChartParts, type ChartPart } from "./readChartParts";

// LibreOffice is the second reader CI has: if it keeps every chart and range, the parts are more than exceljs-deep.
let original: ChartPart[];
let converted: ChartPart[];
beforeAll(async () => {
  const { bytes } = await buildSampleReport();
  original = (await readChartParts(bytes)).charts;
  converted = (await readChartParts(convertWithLibreOffice(bytes, "xlsx"))).charts;
}, 180_000);

function title(chart: ChartPart): string {
  const t = chart.doc.getElementsByTagNameNS(NS.c, "title")[0];
  return t
    ? Array.from(t.getElementsByTagNameNS(NS.a, "t"))
        .map((e) => e.textContent)
        .join("")
    : "";
}

// LibreOffice may drop quotes a name does not need; the sheet and cells must stay the same.
function range(formula: string): string {
  const { sheet, cells } = parseFormula(formula);
  return `${sheet}!${cells[0]}:${cells[cells.length - 1]}`;
}

function ranges(chart: ChartPart): string[] {
  return chart.references.map((r) => range(r.formula)).sort();
}

function figures(chart: ChartPart): Array<[string, Array<string | number>]> {
  return chart.references
    .map((r): [string, Array<string | number>] => [
      range(r.formula),
      r.cache.map((v) => (v !== "" && Number.isFinite(Number(v)) ? Number(v) : v)),
    ])
    .sort(([a], [b]) => a.localeCompare(b));
}

describe("the sample report read back by LibreOffice", () => {
  it("keeps every chart, on the same sheet under the same title", () => {
    expect(original.length).toBeGreaterThanOrEqual(6);
    expect(converted.map((c) => [c.sheet, title(c)]).sort()).toEqual(original.map((c) => [c.sheet, title(c)]).sort());
  });

  it("keeps the Historikk chart as stacked columns over the periods", () => {
    const history = converted.filter((c) => c.sheet === "Historikk");
    expect(history).toHaveLength(1);
    const grouping = history[0].doc.getElementsByTagNameNS(NS.c, "grouping")[0]?.getAttribute("val");
    const direction = history[0].doc.getElementsByTagNameNS(NS.c, "barDir")[0]?.getAttribute("val");
    expect([direction, grouping]).toEqual(["col", "stacked"]);
  });

  it("keeps every chart's cell ranges", () => {
    for (const chart of original) {
      const twin = converted.find((c) => c.sheet === chart.sheet && title(c) === title(chart));
      expect({ chart: title(chart), ranges: twin && ranges(twin) }).toEqual({ chart: title(chart), ranges: ranges(chart) });
    }
  });

  it("reads the same figures from those cells as the cached values say", () => {
    for (const chart of original) {
      const twin = converted.find((c) => c.sheet === chart.sheet && title(c) === title(chart))!;
      expect(figures(twin)).toEqual(figures(chart));
    }
  });
});

describe("a sheet named with a space, apostrophes and æøå, read back by LibreOffice", () => {
  it("keeps its charts and their ranges on that sheet", async () => {
    const bytes = await withCharts([stacked, pie, segments]);
    const before = (await readChartParts(bytes)).charts;
    const after = (await readChartParts(convertWithLibreOffice(bytes, "xlsx", "odd.xlsx"))).charts;
    expect(after.filter((c) => c.sheet === SHEET)).toHaveLength(2);
    expect(after.map((c) => [c.sheet, title(c), ranges(c)])).toEqual(before.map((c) => [c.sheet, title(c), ranges(c)]));
    expect(after.flatMap((c) => c.references.map((r) => r.sheet))).toContain(SHEET);
  }, 180_000);
});
