import { a1, parseRange, type A1 } from "../../src/core/cells";
import { allReportSheetNames } from "../../src/core/report/sheetNames";
import { OfficeWorkbook } from "../../src/host/office/officeWorkbook";
import { parseAddress } from "./double/addresses";
import { REPORT_SHEET_MARK } from "../../src/workbook/reportSheetOwnership";
import { HostError } from "../../src/workbook/errors";
import { FakeExcel } from "./double/fakeExcel";
import type { FakeSheet } from "./double/fakeSheet";
import { reportSheet } from "./reportSheetFixture";

/** A sheet as an earlier report left it: with the report's hidden mark among its names. */
function markedAsReport(sheet: FakeSheet): FakeSheet {
  sheet.names.set(REPORT_SHEET_MARK.toLowerCase(), { name: REPORT_SHEET_MARK, formula: "=TRUE", visible: false, comment: "" });
  return sheet;
}

function registerWithOldReport(): FakeExcel {
  const excel = new FakeExcel();
  excel.addSheet("Tiltak", [
    ["ID", "Navn"],
    ["T-001", "EPJ-løftet"],
  ]);
  markedAsReport(excel.addSheet("oppsummering", [["gammel"]]));
  markedAsReport(excel.addSheet("Checks", [["old"]]));
  excel.addSheet("Notater", [["mine egne notater"]]);
  return excel;
}

const namesOf = (excel: FakeExcel) => excel.sheets.map((s) => s.name);

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

  it("right after a read, writes a first report in one sync, without asking Excel for the sheet list again", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Tiltak", [["ID"], ["T-001"]]);
    const workbook = new OfficeWorkbook(excel.run);
    await workbook.readSheets(["Tiltak"]);
    const before = excel.syncs.length;
    await workbook.writeReportSheets([reportSheet("Oppsummering", [["Nøkkeltall"]])], allReportSheetNames());
    expect(excel.syncs.length - before).toBe(1);
    expect(namesOf(excel)).toEqual(["Tiltak", "Oppsummering"]);
  });

  it("right after a read, replaces an earlier report in two syncs: its marks, then the write; never the sheet list", async () => {
    const excel = registerWithOldReport();
    const workbook = new OfficeWorkbook(excel.run);
    await workbook.readSheets(["Tiltak"]);
    const before = excel.syncs.length;
    await workbook.writeReportSheets([reportSheet("Oppsummering", [["Nøkkeltall"]])], allReportSheetNames());
    const syncs = excel.syncs.slice(before);
    expect(syncs).toHaveLength(2);
    expect(syncs[0].calls.every((c) => c.includes(`names.getItemOrNullObject(${REPORT_SHEET_MARK})`) || c.endsWith(".resolve"))).toBe(true);
    expect(syncs.flatMap((s) => s.calls).filter((c) => c.startsWith("worksheets.load"))).toEqual([]);
    expect(namesOf(excel)).toEqual(["Tiltak", "Notater", "Oppsummering"]);
  });

  it("marks every sheet it writes with a hidden name of the sheet's own, so a rerun knows them", async () => {
    const excel = registerWithOldReport();
    await new OfficeWorkbook(excel.run).writeReportSheets(
      [reportSheet("Oppsummering", [["Nøkkeltall"]]), reportSheet("Kontroll", [["Funn"]])],
      allReportSheetNames(),
    );
    for (const name of ["Oppsummering", "Kontroll"]) {
      expect(excel.sheet(name).names.get(REPORT_SHEET_MARK.toLowerCase())).toEqual({
        name: REPORT_SHEET_MARK,
        formula: "=TRUE",
        visible: false,
        comment: "",
      });
    }
    expect(excel.sheet("Notater").names.size).toBe(0);
  });

  it("refuses to write over a sheet of the user's that has a report sheet's name, and changes nothing", async () => {
    const excel = registerWithOldReport();
    excel.addSheet("Status", [["Min egen statusoversikt"]]);
    const before = excel.sheets.map((s) => [s.name, s.cell(1, 1)?.value, s.names.size]);
    const outcome = new OfficeWorkbook(excel.run).writeReportSheets(
      [reportSheet("Oppsummering", [["Nøkkeltall"]]), reportSheet("Status", [["Status"]])],
      allReportSheetNames(),
    );
    await expect(outcome).rejects.toBeInstanceOf(HostError);
    await expect(outcome).rejects.toMatchObject({ reason: "sheet-exists", subject: "Status" });
    expect(excel.sheets.map((s) => [s.name, s.cell(1, 1)?.value, s.names.size])).toEqual(before);
    // Only the marks were asked about: nothing was queued to change the workbook.
    expect(excel.syncs.flatMap((s) => s.calls).filter((c) => /delete|add\(|values=/.test(c))).toEqual([]);
  });

  it("leaves a sheet of the user's named as a report sheet of the other language, or of another year, where it is", async () => {
    const excel = registerWithOldReport();
    excel.addSheet("Risk", [["my risks"]]);
    excel.addSheet("Tiltak for 2023", [["vår plan"]]);
    await new OfficeWorkbook(excel.run).writeReportSheets([reportSheet("Oppsummering", [["Nøkkeltall"]])], allReportSheetNames());
    expect(namesOf(excel)).toEqual(["Tiltak", "Notater", "Risk", "Tiltak for 2023", "Oppsummering"]);
    expect(excel.sheet("Risk").cell(1, 1)?.value).toBe("my risks");
  });

  it.each([
    ["an old report sheet was deleted", (excel: FakeExcel) => void excel.sheets.splice(excel.sheets.indexOf(excel.sheet("Checks")), 1)],
    ["a report sheet was added", (excel: FakeExcel) => void markedAsReport(excel.addSheet("Kontroll", [["lagt til"]]))],
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

  it("refuses a sheet of the user's of a report name added between the read and the write, leaving it as it is", async () => {
    const excel = registerWithOldReport();
    const workbook = new OfficeWorkbook(excel.run);
    await workbook.readSheets(["Tiltak"]);
    excel.addSheet("Kontroll", [["mitt eget"]]);
    const outcome = workbook.writeReportSheets(
      [reportSheet("Oppsummering", [["Nøkkeltall"]]), reportSheet("Kontroll", [["Funn"]])],
      allReportSheetNames(),
    );
    await expect(outcome).rejects.toMatchObject({ reason: "sheet-exists", subject: "Kontroll" });
    expect(excel.sheet("Kontroll").cell(1, 1)?.value).toBe("mitt eget");
    expect(excel.sheet("Notater").cell(1, 1)?.value).toBe("mine egne notater");
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
