import "./double/templateFeatures";
import { buildReport } from "../../src/app/buildReport";
import { OfficeWorkbook } from "../../src/host/office/officeWorkbook";
import { parseAddress } from "./double/addresses";
import type { FakeSheet } from "./double/fakeSheet";
import { SAMPLE_REPORT_NB } from "../report/sampleReport";
import { sampleInExcel } from "./sampleInExcel";

/** The rows of a sheet whose first cell holds this text. */
function rowsStarting(sheet: FakeSheet, text: string): number[] {
  const rows: number[] = [];
  for (let r = 1; r <= 2000; r++) {
    if (sheet.cell(r, 1)?.value === text) {
      rows.push(r);
    }
  }
  return rows;
}

describe("the report's new chapters written through the Office adapter", () => {
  it("adds Aktuelle tema and Tiltak for 2024 to the sample in Excel, with the opening paragraph on Oppsummering", async () => {
    const excel = await sampleInExcel();
    const result = await buildReport(new OfficeWorkbook(excel.run), { lang: "nb" });
    expect(result.sheets).toEqual(SAMPLE_REPORT_NB);
    const summary = excel.sheet("Oppsummering");
    const opening = rowsStarting(summary, "Oppsummering")[0];
    expect(summary.cell(opening + 1, 1)?.value).toMatch(
      /^Den nasjonale e-helseporteføljen består nå av 37 aktive tiltak\. To tiltak melder nå rød status/,
    );
    expect(summary.merges).toContainEqual(parseAddress(`A${opening + 1}:L${opening + 1}`));

    const topics = excel.sheet("Aktuelle tema");
    expect(
      ["Felles kommunal journal", "Status Helseplattformen", "Dokumentdeling gjennom kjernejournal"].map(
        (t) => rowsStarting(topics, t).length,
      ),
    ).toEqual([1, 1, 1]);
    expect(topics.formatAt(rowsStarting(topics, "Felles kommunal journal")[0] + 1, 1, "wrapText")).toBe(true);

    const roadmap = excel.sheet("Tiltak for 2024");
    expect(roadmap.orientation).toBe("Landscape");
    expect(roadmap.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
    const headers = rowsStarting(roadmap, "Hvem");
    expect(headers).toHaveLength(17);
    let rows = 0;
    for (const header of headers) {
      for (let r = header + 1; roadmap.cell(r, 1) !== undefined; r++) {
        rows++;
      }
    }
    expect(rows).toBe(99);
    // Helse Sør-Øst RHF's digital home follow-up, "2023 →": a bar from 2023 to the last year, with the arrow.
    const open = rowsStarting(roadmap, "Helse Sør-Øst RHF").find((r) => roadmap.cell(r, 4)?.value === "2023 →")!;
    expect([5, 6, 7, 8, 9, 10, 11, 12, 13].map((c) => roadmap.formatAt(open, c, "fill.color"))).toEqual([
      undefined,
      undefined,
      "#2E75B6",
      "#2E75B6",
      "#2E75B6",
      "#2E75B6",
      "#2E75B6",
      "#2E75B6",
      "#2E75B6",
    ]);
    expect(roadmap.cell(open, 13)?.value).toBe("→");
  });

  it("replaces the roadmap of an earlier year when built again for another", async () => {
    const excel = await sampleInExcel();
    const workbook = new OfficeWorkbook(excel.run);
    await buildReport(workbook, { lang: "nb" });
    await buildReport(workbook, { lang: "en", year: 2025 });
    const names = excel.sheets.map((s) => s.name);
    expect(names).toContain("Initiatives for 2025");
    expect(names).not.toContain("Tiltak for 2024");
    expect(names).not.toContain("Aktuelle tema");
  });
});

describe("the Historikk sheet written through the Office adapter", () => {
  it("holds the counts per period with a stacked column chart, the coloured matrix and the transitions", async () => {
    const excel = await sampleInExcel();
    await buildReport(new OfficeWorkbook(excel.run), { lang: "nb" });
    const history = excel.sheet("Historikk");
    expect(history.charts.map((c) => [c.type, c.title, c.series.map((s) => s.name)])).toEqual([
      ["ColumnStacked", "Status for aktive tiltak per periode", ["Grønn", "Gul", "Rød", "Grå"]],
    ]);
    const header = rowsStarting(history, "Status")[0];
    expect([1, 2, 3].map((c) => history.cell(header, c)?.value)).toEqual(["Status", "Q1 2023", "Q2 2023"]);
    expect([2, 3].map((c) => history.cell(header + 1, c)?.value)).toEqual([25, 24]);
    const kj = rowsStarting(history, "Kjernejournal dokumentdeling")[0];
    expect([3, 5].map((c) => history.cell(kj, c)?.value)).toEqual(["Rød", "Gul"]);
    expect([3, 5].map((c) => history.formatAt(kj, c, "fill.color"))).toEqual(["#E06666", "#FFD966"]);
    expect(rowsStarting(history, "Forrige \\ nå")).toHaveLength(1);
  });
});
