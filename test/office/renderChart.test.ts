import { parseRange, type A1 } from "../../src/core/cells";
import type { ChartSpec } from "../../src/core/report/chartSpec";
import { OfficeWorkbook } from "../../src/host/office/officeWorkbook";
import { parseAddress } from "./double/addresses";
import { FakeExcel } from "./double/fakeExcel";
import { reportSheet } from "./reportSheetFixture";

const GREEN = "00A651";
const YELLOW = "FFC000";
const RED = "C00000";
const GREY = "A6A6A6";

// Status previous vs current, as the report's Figur 2: a table in A1:C5 and its chart beside it.
const TABLE = [
  ["Status", "Forrige", "Nå"],
  ["Grønn", 19, 20],
  ["Gul", 16, 15],
  ["Rød", 2, 2],
  ["Grå", 0, 0],
];

function statusChart(sheet: string): ChartSpec {
  return {
    kind: "columnStacked",
    title: "Status forrige og nå",
    sheet,
    categories: parseRange("A2:A5"),
    categoryCache: ["Grønn", "Gul", "Rød", "Grå"],
    series: [
      { name: "Forrige", nameCell: "B1" as A1, values: parseRange("B2:B5"), color: "7F7F7F", cache: [19, 16, 2, 0] },
      { name: "Nå", nameCell: "C1" as A1, values: parseRange("C2:C5"), pointColors: [GREEN, YELLOW, RED, GREY], cache: [20, 15, 2, 0] },
    ],
    anchor: { from: "E2" as A1, columns: 8, rows: 16 },
    legend: "bottom",
  };
}

function segmentPie(sheet: string): ChartSpec {
  return {
    kind: "pie",
    title: "Aktive tiltak per segment",
    sheet,
    categories: parseRange("A2:A4"),
    categoryCache: ["Samstyring", "Koordinering", "Orientering"],
    series: [{ name: "Antall", values: parseRange("B2:B4"), pointColors: ["1F4E79", "2E75B6", "9DC3E6"], cache: [12, 15, 10] }],
    anchor: { from: "E20" as A1, columns: 6, rows: 14 },
    legend: "none",
  };
}

async function render(sheetName: string, charts: ChartSpec[]) {
  const excel = new FakeExcel();
  excel.addSheet("Tiltak", [["ID"]]);
  await new OfficeWorkbook(excel.run).writeReportSheets([reportSheet(sheetName, TABLE, { charts })], []);
  return excel.sheet(sheetName).charts;
}

describe("Office chart renderer", () => {
  it.each([
    ["column", "ColumnClustered"],
    ["columnStacked", "ColumnStacked"],
    ["bar", "BarClustered"],
    ["barStacked", "BarStacked"],
    ["pie", "Pie"],
    ["doughnut", "Doughnut"],
  ] as const)("draws a %s spec as Excel's %s", async (kind, excelType) => {
    const [chart] = await render("Status", [{ ...statusChart("Status"), kind }]);
    expect(chart.type).toBe(excelType);
  });

  it("binds every series to its cells, with the categories as x values", async () => {
    const [chart] = await render("Status", [statusChart("Status")]);
    expect(chart.series.map((s) => s.name)).toEqual(["Forrige", "Nå"]);
    expect(chart.series.map((s) => s.values)).toEqual([parseAddress("B2:B5"), parseAddress("C2:C5")]);
    expect(chart.series.map((s) => s.xValues)).toEqual([parseAddress("A2:A5"), parseAddress("A2:A5")]);
  });

  it.each(["Avhengigheter rapport", "Kari's ark", "Mål og bærekraft"])("binds the same cells on a sheet named %s", async (name) => {
    const [chart] = await render(name, [statusChart(name)]);
    expect(chart.series.map((s) => s.values)).toEqual([parseAddress("B2:B5"), parseAddress("C2:C5")]);
    expect(chart.series.map((s) => s.xValues)).toEqual([parseAddress("A2:A5"), parseAddress("A2:A5")]);
  });

  it("colours a series as a whole or point by point (status green, yellow, red, grey)", async () => {
    const [chart] = await render("Status", [statusChart("Status")]);
    expect(chart.series[0].color).toBe("#7F7F7F");
    expect(chart.series[0].pointColors).toEqual([]);
    expect(chart.series[1].pointColors).toEqual([GREEN, YELLOW, RED, GREY].map((c) => `#${c}`));
  });

  it("titles the chart, places the legend, and starts the count axis at zero", async () => {
    const [columns, pie] = await render("Status", [statusChart("Status"), segmentPie("Status")]);
    expect([columns.title, columns.titleVisible, columns.legendVisible, columns.legendPosition]).toEqual([
      "Status forrige og nå",
      true,
      true,
      "Bottom",
    ]);
    expect(columns.valueAxisMinimum).toBe(0);
    expect(pie.legendVisible).toBe(false);
    expect(pie.valueAxisMinimum).toBeUndefined();
  });

  it("places each chart beside its table, not over it", async () => {
    const charts = await render("Status", [statusChart("Status"), segmentPie("Status")]);
    expect(charts.map((c) => c.position)).toEqual([
      { from: "E2", to: "L17" },
      { from: "E20", to: "J33" },
    ]);
    const tableRight = TABLE[0].length;
    for (const chart of charts) {
      expect(parseAddress(chart.position?.from ?? "A1").left).toBeGreaterThan(tableRight);
    }
  });

  it.each(["Mål og bærekraft", "Kari's ark", "Avhengigheter rapport"])("works on a sheet named %s", async (name) => {
    const charts = await render(name, [statusChart(name)]);
    expect(charts).toHaveLength(1);
    expect(charts[0].series).toHaveLength(2);
  });

  it("draws no chart for a spec without series", async () => {
    const charts = await render("Status", [{ ...statusChart("Status"), series: [] }]);
    expect(charts).toEqual([]);
  });
});
