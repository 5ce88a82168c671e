import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { CellValue } from "../../src/core/cells";
import type { ReportSheet } from "../../src/core/report/reportSheet";
import { sampleReport, sheetOf } from "./sampleReport";

type DataRow = Record<string, string | number | null>;
const DATA = JSON.parse(readFileSync(join(__dirname, "..", "..", "assets", "sample-data", "portfolio.json"), "utf8")) as Record<
  string,
  DataRow[]
>;

/** The row (1-based) whose first cell is `label`, at or after `from`. */
function rowOf(sheet: ReportSheet, label: string, from = 1): number {
  const i = sheet.values.findIndex((line, r) => r + 1 >= from && line[0] === label);
  if (i < 0) {
    throw new Error(`no row ${label} on ${sheet.name}`);
  }
  return i + 1;
}

function line(sheet: ReportSheet, row: number): CellValue[] {
  return sheet.values[row - 1].filter((v) => v !== null);
}

describe("the sample's Historikk sheet", () => {
  let history: ReportSheet;
  let status: ReportSheet;
  beforeAll(async () => {
    const { sheets } = await sampleReport("nb");
    history = sheetOf(sheets, "history");
    status = sheetOf(sheets, "status");
  });

  it("is named Historikk and counts Q1 and Q2 2023 as the Status sheet does (25/12/1/0 and 24/11/2/0)", () => {
    expect(history.name).toBe("Historikk");
    const header = rowOf(history, "Status");
    expect(line(history, header)).toEqual(["Status", "Q1 2023", "Q2 2023"]);
    const counts = ["Grønn", "Gul", "Rød", "Grå"].map((code) => line(history, rowOf(history, code, header)));
    expect(counts).toEqual([
      ["Grønn", 25, 24],
      ["Gul", 12, 11],
      ["Rød", 1, 2],
      ["Grå", 0, 0],
    ]);
    for (const code of ["Grønn", "Gul", "Rød", "Grå"]) {
      expect(line(history, rowOf(history, code, header))).toEqual(line(status, rowOf(status, code)));
    }
  });

  it("charts the status counts as stacked columns over the periods, one series per colour", () => {
    expect(history.charts).toHaveLength(1);
    const [chart] = history.charts;
    expect(chart.kind).toBe("columnStacked");
    expect(chart.categoryCache).toEqual(["Q1 2023", "Q2 2023"]);
    expect(chart.series.map((s) => [s.name, s.cache])).toEqual([
      ["Grønn", [25, 24]],
      ["Gul", [12, 11]],
      ["Rød", [1, 2]],
      ["Grå", [0, 0]],
    ]);
  });

  it("shows Kjernejournal dokumentdeling going from Rød to Gul, with status and risk in colour", () => {
    const r = rowOf(history, "Kjernejournal dokumentdeling");
    expect(history.values[r - 1].slice(0, 6)).toEqual(["Kjernejournal dokumentdeling", "Koordinering", "Rød", "Gul", "Gul", "Gul"]);
    const fills = history.styles.filter((s) => s.range.row1 === r && s.range.col1 === 3 && s.style.fill).map((s) => s.style.fill);
    expect(fills).toContain("E06666");
  });

  it("lists the initiatives by segment, then name", () => {
    const first = rowOf(history, "Tiltak") + 2;
    const rows = history.values
      .slice(first - 1)
      .filter((l) => typeof l[1] === "string" && ["Samstyring", "Koordinering", "Orientering"].includes(l[1]));
    const segments = rows.map((l) => l[1]);
    expect(segments).toEqual(
      [...segments].sort(
        (a, b) =>
          ["Samstyring", "Koordinering", "Orientering"].indexOf(String(a)) -
          ["Samstyring", "Koordinering", "Orientering"].indexOf(String(b)),
      ),
    );
    expect(rows.length).toBeGreaterThanOrEqual(37);
  });

  it("has a transition table whose total is the active initiatives reported in both periods", () => {
    const active = (period: string) =>
      new Set(DATA.Rapporter.filter((r) => r.Periode === period && r.Fase === "Aktiv" && r.Status).map((r) => r.ID));
    const q1 = active("2023-Q1");
    const both = [...active("2023-Q2")].filter((id) => q1.has(id)).length;
    const header = rowOf(history, "Forrige \\ nå");
    expect(line(history, header)).toEqual(["Forrige \\ nå", "Grønn", "Gul", "Rød", "Sum"]);
    const total = line(history, rowOf(history, "Sum", header));
    expect(total[total.length - 1]).toBe(both);
    // Rød → Gul is Kjernejournal dokumentdeling's move.
    expect(line(history, rowOf(history, "Rød", header))[2]).toBeGreaterThanOrEqual(1);
  });
});
