import { layoutReport } from "../../src/core/report/layoutReport";
import { summarize } from "../../src/core/summary/summary";
import { initiative, registerOf, report } from "../summary/registerOf";
import { sheetOf, valuesAt } from "./sampleReport";

describe("report layout beyond the sample", () => {
  it("lays out every sheet for an empty register, with nothing to chart but zeros", () => {
    const summary = summarize(registerOf({ Tiltak: [] }), []);
    const sheets = layoutReport(summary, [], "nb");
    expect(sheets).toHaveLength(8);
    expect(sheetOf(sheets, "costs").values.map((l) => l[0])).toContain("Ingen driftskostnader er registrert.");
    for (const chart of sheets.flatMap((s) => s.charts)) {
      for (const s of chart.series) {
        expect(s.cache.every((n) => n === 0)).toBe(true);
      }
    }
  });

  it("compares with nothing in the register's first period: the previous column is zero and says so", () => {
    const register = registerOf({
      Tiltak: [initiative("T-1", "Alene", "Samstyring")],
      Rapporter: [report("T-1", "2023-Q1", "Aktiv", "Gul", "Grønn", { Statusbegrunnelse: "Forsinket" })],
    });
    const summary = summarize(register, []);
    const status = sheetOf(layoutReport(summary, [], "en"), "status");
    const [chart] = status.charts;
    expect(chart.categoryCache).toEqual(["Previous", "Q1 2023"]);
    expect(chart.series.map((s) => s.cache)).toEqual([
      [0, 0],
      [0, 1],
      [0, 0],
      [0, 0],
    ]);
    expect(status.values[1][0]).toBe("Reporting Q1 2023 (no previous reporting)");
    expect(valuesAt(status, chart.series[1].nameCell!)).toEqual(["Yellow"]);
  });
});
