/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import "./textCodecs";
import JSZip from "jszip";
import type { ChartKind } from "../../src/core/report/chartSpec";
import { COLORS, PICTURE_SHEET, pie, SEGMENT_SHEET, segments, SHEET, stacked, withCharts, workbookBytes } from "./oddNameWorkbook";
import { coveredValues, NS, parseXml, readCells, readChartParts, readXml } from "./readChartParts";

let source: Uint8Array;
let result: Uint8Array;
beforeAll(async () => {
  source = await workbookBytes();
  result = await withCharts([stacked, pie, segments]);
});

const chartsOf = async () => (await readChartParts(result)).charts;

describe("report sheets with charts, written into a user's workbook", () => {
  it("adds one chart per spec, reachable from the sheet it belongs to", async () => {
    const charts = await chartsOf();
    expect(charts.map((c) => [c.sheet, title(c.doc)])).toEqual([
      [SHEET, stacked.title],
      [SHEET, pie.title],
      [SEGMENT_SHEET, segments.title],
    ]);
  });

  it("declares every chart and drawing part in [Content_Types].xml", async () => {
    const { zip, charts } = await readChartParts(result);
    const types = await readXml(zip, "[Content_Types].xml");
    const declared = new Map(
      Array.from(types.getElementsByTagName("Override")).map((o) => [o.getAttribute("PartName"), o.getAttribute("ContentType")]),
    );
    for (const chart of charts) {
      expect(declared.get(`/${chart.path}`)).toBe("application/vnd.openxmlformats-officedocument.drawingml.chart+xml");
    }
    const drawings = Object.keys(zip.files).filter((p) => /^xl\/drawings\/drawing\d+\.xml$/.test(p));
    expect(drawings).toHaveLength(3);
    for (const d of drawings) {
      expect(declared.get(`/${d}`)).toBe("application/vnd.openxmlformats-officedocument.drawing+xml");
    }
  });

  it("leaves every part of the package well-formed XML", async () => {
    const { zip } = await readChartParts(result);
    const parts = Object.keys(zip.files).filter((p) => /\.(xml|rels)$/.test(p));
    expect(parts).toEqual(expect.arrayContaining(["xl/charts/chart1.xml", "xl/charts/chart3.xml", "xl/drawings/_rels/drawing1.xml.rels"]));
    await Promise.all(parts.map(async (p) => parseXml(await zip.file(p)!.async("string"), p)));
  });

  it("quotes the sheet name in every reference, apostrophes doubled", async () => {
    const formulas = (await chartsOf()).flatMap((c) => c.references.map((r) => [c.sheet, r.formula] as const));
    expect(formulas.length).toBeGreaterThan(10);
    for (const [sheet, formula] of formulas) {
      expect(formula.startsWith(`'${sheet.replace(/'/g, "''")}'!$`)).toBe(true);
    }
    expect(formulas).toContainEqual([SHEET, "'Avh. ''test'' æøå'!$B$4:$B$6"]);
  });

  it("points every reference at cells on the chart's own sheet that hold its cached values", async () => {
    const read = await readCells(result);
    for (const chart of await chartsOf()) {
      for (const ref of chart.references) {
        expect(ref.sheet).toBe(chart.sheet);
        expect(ref.cells.map((cell) => read(ref.sheet, cell))).toEqual(ref.cache);
      }
    }
  });

  it("names a series by its header cell when given, else by literal text", async () => {
    const [columns, round] = await chartsOf();
    const names = (doc: Document) =>
      Array.from(doc.getElementsByTagNameNS(NS.c, "tx"))
        .filter((tx) => tx.parentElement!.localName === "ser")
        .map((tx) => tx.getElementsByTagNameNS(NS.c, "f")[0]?.textContent ?? `literal ${tx.textContent}`);
    expect(names(columns.doc)).toEqual(["'Avh. ''test'' æøå'!$B$3", "'Avh. ''test'' æøå'!$C$3", "'Avh. ''test'' æøå'!$D$3"]);
    expect(names(round.doc)).toEqual(["literal Nå"]);
  });

  it("draws the kind asked for, with series and point colours", async () => {
    const [columns, round, bars] = await chartsOf();
    const bar = columns.doc.getElementsByTagNameNS(NS.c, "barChart")[0];
    expect(val(bar, "barDir")).toBe("col");
    expect(val(bar, "grouping")).toBe("stacked");
    expect(seriesColors(columns.doc)).toEqual(Object.values(COLORS));
    const slices = Array.from(round.doc.getElementsByTagNameNS(NS.c, "dPt")).map((p) =>
      p.getElementsByTagNameNS(NS.a, "srgbClr")[0].getAttribute("val"),
    );
    expect(round.doc.getElementsByTagNameNS(NS.c, "pieChart")).toHaveLength(1);
    expect(slices).toEqual(pie.series[0].pointColors);
    expect(val(bars.doc.getElementsByTagNameNS(NS.c, "barChart")[0], "barDir")).toBe("bar");
  });

  it.each([
    ["the stacked columns", 0, "b"],
    ["the pie", 1, "r"],
    ["the bars", 2, null],
  ])("puts the legend of %s where the spec says", async (_, index, position) => {
    const doc = (await chartsOf())[index].doc;
    const legend = doc.getElementsByTagNameNS(NS.c, "legend")[0];
    expect(legend ? val(legend, "legendPos") : null).toBe(position);
  });

  it("anchors each chart at its cell and size, beside its table rather than over it", async () => {
    const read = await readCells(result);
    const charts = await chartsOf();
    expect(charts.map((c) => c.anchor)).toEqual([
      { fromCol: 5, fromRow: 1, toCol: 13, toRow: 15 },
      { fromCol: 5, fromRow: 17, toCol: 11, toRow: 29 },
      { fromCol: 3, fromRow: 0, toCol: 9, toRow: 12 },
    ]);
    for (const chart of charts) {
      expect(coveredValues(read, chart)).toEqual([]);
    }
  });

  it("leaves the user's picture and note exactly as they were, and draws the charts in drawings of their own", async () => {
    const before = await JSZip.loadAsync(source);
    const { zip } = await readChartParts(result);
    const userParts = Object.keys(before.files).filter(
      (p) => /^xl\/(drawings|media|worksheets\/_rels|comments)|vml/.test(p) && !p.endsWith("/"),
    );
    expect(userParts.length).toBeGreaterThanOrEqual(4);
    for (const p of userParts) {
      expect([
        p,
        Buffer.from(await zip.file(p)!.async("uint8array")).equals(Buffer.from(await before.file(p)!.async("uint8array"))),
      ]).toEqual([p, true]);
    }
    const drawings = await Promise.all(
      Object.keys(zip.files)
        .filter((p) => /^xl\/drawings\/drawing\d+\.xml$/.test(p))
        .map((p) => readXml(zip, p)),
    );
    const withPicture = drawings.filter((d) => d.getElementsByTagNameNS(NS.xdr, "pic").length > 0);
    expect(withPicture).toHaveLength(1);
    expect(withPicture[0].getElementsByTagNameNS(NS.c, "chart")).toHaveLength(0);
    for (const d of drawings) {
      const ids = Array.from(d.getElementsByTagNameNS(NS.xdr, "cNvPr")).map((e) => e.getAttribute("id"));
      expect(new Set(ids).size).toBe(ids.length);
    }
    expect((await readCells(result))(PICTURE_SHEET, "B1")).toBe("Antall");
  });

  it.each<[ChartKind, string, string | null, string | null]>([
    ["pie", "pieChart", null, null],
    ["doughnut", "doughnutChart", null, null],
    ["column", "barChart", "col", "clustered"],
    ["columnStacked", "barChart", "col", "stacked"],
    ["bar", "barChart", "bar", "clustered"],
    ["barStacked", "barChart", "bar", "stacked"],
  ])("draws a %s chart as <c:%s> (direction %s, grouping %s)", async (kind, element, direction, grouping) => {
    const [chart] = (await readChartParts(await withCharts([{ ...stacked, kind }]))).charts;
    const plot = chart.doc.getElementsByTagNameNS(NS.c, "plotArea")[0];
    const drawn = Array.from(plot.children)
      .map((e) => e.localName)
      .filter((n) => n.endsWith("Chart"));
    expect(drawn).toEqual([element]);
    const group = plot.getElementsByTagNameNS(NS.c, element)[0];
    expect([val(group, "barDir"), val(group, "grouping")]).toEqual([direction, grouping]);
    expect(plot.getElementsByTagNameNS(NS.c, "valAx")).toHaveLength(direction ? 1 : 0);
  });
});

function title(doc: Document): string {
  const t = doc.getElementsByTagNameNS(NS.c, "title")[0];
  return Array.from(t.getElementsByTagNameNS(NS.a, "t"))
    .map((e) => e.textContent)
    .join("");
}

function val(parent: Element, name: string): string | null {
  return parent.getElementsByTagNameNS(NS.c, name)[0]?.getAttribute("val") ?? null;
}

function seriesColors(doc: Document): Array<string | null> {
  return Array.from(doc.getElementsByTagNameNS(NS.c, "ser")).map((ser) => {
    const spPr = Array.from(ser.children).find((e) => e.localName === "spPr");
    return spPr?.getElementsByTagNameNS(NS.a, "srgbClr")[0].getAttribute("val") ?? null;
  });
}
