import { a1, parseRange, type A1 } from "../../src/core/cells";
import { allReportSheetNames } from "../../src/core/report/sheetNames";
import { OfficeWorkbook } from "../../src/host/office/officeWorkbook";
import { parseAddress } from "./double/addresses";
import { FakeExcel } from "./double/fakeExcel";
import { reportSheet } from "./reportSheetFixture";

function registerWithOldReport(): FakeExcel {
  const excel = new FakeExcel();
  excel.addSheet("Tiltak", [
    ["ID", "Navn"],
    ["T-001", "EPJ-løftet"],
  ]);
  excel.addSheet("oppsummering", [["gammel"]]);
  excel.addSheet("Checks", [["old"]]);
  excel.addSheet("Notater", [["mine egne notater"]]);
  return excel;
}

describe("writing report sheets through the Office adapter", () => {
  it("replaces earlier report sheets in either language and keeps every other sheet", async () => {
    const excel = registerWithOldReport();
    await new OfficeWorkbook(excel.run).writeReportSheets(
      [reportSheet("Oppsummering", [["Nøkkeltall"]]), reportSheet("Kontroll", [["Funn"]])],
      ["Oppsummering", "Summary", "Kontroll", "Checks"],
    );
    expect(excel.sheets.map((s) => s.name)).toEqual(["Tiltak", "Notater", "Oppsummering", "Kontroll"]);
    expect(excel.sheet("Oppsummering").cell(1, 1)?.value).toBe("Nøkkeltall");
    expect(excel.sheet("Notater").cell(1, 1)?.value).toBe("mine egne notater");
  });

  it("right after a read, replaces them in one sync, without asking Excel for the sheet list again", async () => {
    const excel = registerWithOldReport();
    const workbook = new OfficeWorkbook(excel.run);
    await workbook.readSheets(["Tiltak"]);
    const before = excel.syncs.length;
    await workbook.writeReportSheets([reportSheet("Oppsummering", [["Nøkkeltall"]])], allReportSheetNames());
    expect(excel.syncs.length - before).toBe(1);
    expect(excel.sheets.map((s) => s.name)).toEqual(["Tiltak", "Notater", "Oppsummering"]);
  });

  it.each([
    ["an old report sheet was deleted", (excel: FakeExcel) => void excel.sheets.splice(excel.sheets.indexOf(excel.sheet("Checks")), 1)],
    ["a sheet of a report name was added", (excel: FakeExcel) => void excel.addSheet("Kontroll", [["lagt til"]])],
  ])("still replaces every report sheet when %s between the read and the write", async (_change, change) => {
    const excel = registerWithOldReport();
    const workbook = new OfficeWorkbook(excel.run);
    await workbook.readSheets(["Tiltak"]);
    change(excel);
    await workbook.writeReportSheets(
      [reportSheet("Oppsummering", [["Nøkkeltall"]]), reportSheet("Kontroll", [["Funn"]])],
      allReportSheetNames(),
    );
    expect(excel.sheets.map((s) => s.name)).toEqual(["Tiltak", "Notater", "Oppsummering", "Kontroll"]);
    expect(excel.sheet("Kontroll").cell(1, 1)?.value).toBe("Funn");
  });

  it("formats cells as the style ranges say", async () => {
    const excel = registerWithOldReport();
    const sheet = reportSheet(
      "Status",
      [
        ["Status", "Antall"],
        ["Rød", 2],
        ["Budsjett", 535.5],
      ],
      {
        styles: [
          { range: parseRange("A1:B1"), style: { bold: true, fill: "1F4E79", fontColor: "FFFFFF" } },
          { range: parseRange("A2:B2"), style: { border: "thin", wrap: true, horizontal: "center" } },
          { range: parseRange("B3:B3"), style: { numFmt: "#,##0.0" } },
        ],
      },
    );
    await new OfficeWorkbook(excel.run).writeReportSheets([sheet], []);
    const ws = excel.sheet("Status");
    expect([ws.formatAt(1, 2, "font.bold"), ws.formatAt(1, 2, "fill.color"), ws.formatAt(1, 2, "font.color")]).toEqual([
      true,
      "#1F4E79",
      "#FFFFFF",
    ]);
    expect(ws.formatAt(2, 1, "font.bold")).toBeUndefined();
    expect([
      ws.formatAt(2, 2, "borders.InsideVertical.style"),
      ws.formatAt(2, 2, "wrapText"),
      ws.formatAt(2, 2, "horizontalAlignment"),
    ]).toEqual(["Continuous", true, "Center"]);
    expect(ws.numberFormatsIn(parseAddress("B3"))).toEqual([["#,##0.0"]]);
  });

  it("merges, sizes columns, freezes the header, and sets the page up for print", async () => {
    const excel = registerWithOldReport();
    const sheet = reportSheet("Kontroll", [["Kontroll av registeret"], ["Ark", "Celle"]], {
      merges: [parseRange("A1:F1")],
      columnWidths: [20, 10],
      freezeRows: 2,
      print: { landscape: true, fitToWidth: true },
    });
    await new OfficeWorkbook(excel.run).writeReportSheets([sheet], []);
    const ws = excel.sheet("Kontroll");
    expect(ws.merges).toEqual([parseAddress("A1:F1")]);
    // 20 characters of Calibri 11 are 145 px, about 108.75 pt; 10 are 75 px, 56.25 pt.
    expect([ws.columnWidths.get(1), ws.columnWidths.get(2)]).toEqual([108.75, 56.25]);
    expect(ws.frozenRows).toBe(2);
    expect(ws.orientation).toBe("Landscape");
    // One page wide and as many tall as the rows need: a direction left out would be Excel's 1 page, the whole sheet shrunk onto one.
    expect(ws.zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 0 });
  });

  it("links findings to their cells, sheet names quoted", async () => {
    const excel = registerWithOldReport();
    const sheet = reportSheet(
      "Kontroll",
      [
        ["Ark", "Celle"],
        ["Kari's ark", "E7"],
      ],
      {
        links: [{ cell: "B2" as A1, sheet: "Kari's ark", target: "E7" as A1 }],
      },
    );
    await new OfficeWorkbook(excel.run).writeReportSheets([sheet], []);
    expect(excel.sheet("Kontroll").hyperlinks.get("B2")).toEqual({ documentReference: "'Kari''s ark'!E7", textToDisplay: "E7" });
  });

  it("goes to a finding: activates its sheet and selects its cell", async () => {
    const excel = registerWithOldReport();
    await new OfficeWorkbook(excel.run).selectCell("Tiltak", a1(2, 2));
    expect(excel.activeSheet).toBe("Tiltak");
    expect(excel.selection).toEqual({ sheet: "Tiltak", address: "B2" });
    expect(excel.syncs).toHaveLength(1);
  });
});
