import ExcelJS from "exceljs";
import { checkRegister } from "../../src/core/checks/checkRegister";
import { detectWorkbookKind } from "../../src/core/register/detectWorkbookKind";
import { FileWorkbook } from "../../src/host/file/fileWorkbook";

async function workbookBytes(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function reload(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

/** The codes a list validation offers, read from the cells its formula points at. */
function listCodes(wb: ExcelJS.Workbook, formula: string): string[] {
  const m = /^'?(.+?)'?!\$B\$(\d+):\$B\$(\d+)$/.exec(formula);
  if (!m) {
    throw new Error(`not a code range: ${formula}`);
  }
  const ws = wb.getWorksheet(m[1]);
  const codes: string[] = [];
  for (let r = Number(m[2]); r <= Number(m[3]); r++) {
    codes.push(String(ws?.getCell(r, 2).value));
  }
  return codes;
}

/** The validation of a column's first data row, after checking that it reaches row 1001 too. */
function validationOver(ws: ExcelJS.Worksheet, column: string): ExcelJS.DataValidation | undefined {
  const first = ws.getCell(`${column}2`).dataValidation;
  expect(ws.getCell(`${column}1001`).dataValidation).toEqual(first);
  expect(ws.getCell(`${column}1`).dataValidation).toBeUndefined();
  return first;
}

describe("an empty register written into a workbook", () => {
  let wb: ExcelJS.Workbook;

  beforeAll(async () => {
    const port = await FileWorkbook.open(
      await workbookBytes((w) => (w.addWorksheet("Ark1").getCell("A1").value = "Notater")),
      "notater.xlsx",
    );
    await port.createRegisterSheets((await import("../../src/core/register/layoutEmptyRegister")).layoutEmptyRegister("nb"));
    wb = await reload(await port.save());
  });

  it("keeps the workbook's own sheet and adds the format's sheets in order", () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Ark1", "Tiltak", "Rapporter", "Avhengigheter", "Driftskostnader", "Kodeverk"]);
    expect(wb.getWorksheet("Ark1")?.getCell("A1").value).toBe("Notater");
  });

  it.each([
    [
      "Tiltak",
      [
        "ID",
        "Navn",
        "Eier",
        "Segment",
        "Hovedmål",
        "Andre mål",
        "Bærekraftsmål",
        "Kontakt",
        "Startdato",
        "Sluttdato",
        "Beskrivelse",
        "Sluttrapport",
      ],
    ],
    ["Rapporter", ["ID", "Periode", "Fase", "Status", "Statusbegrunnelse", "Risiko", "Risikobegrunnelse", "Budsjett", "Rapportert"]],
    ["Kodeverk", ["Liste", "Kode", "Beskrivelse"]],
  ])("gives %s its header row", (name, header) => {
    const row = wb.getWorksheet(name)?.getRow(1).values as unknown[];
    expect(row.slice(1)).toEqual(header);
  });

  it.each([
    ["Rapporter", "D", ["Grønn", "Gul", "Rød"]],
    ["Rapporter", "C", ["Planlagt", "Aktiv", "Pause", "Avsluttet"]],
    ["Tiltak", "D", ["Samstyring", "Koordinering", "Orientering"]],
    ["Avhengigheter", "E", ["Høy", "Middels", "Lav"]],
  ])("puts a dropdown on %s column %s offering the code list", (sheet, column, codes) => {
    const v = validationOver(wb.getWorksheet(sheet) as ExcelJS.Worksheet, column);
    expect(v?.type).toBe("list");
    expect(listCodes(wb, String(v?.formulae[0]))).toEqual(codes);
  });

  it("limits Driftskostnader's year to whole years and Dekket internt to Ja/Nei", () => {
    const ws = wb.getWorksheet("Driftskostnader") as ExcelJS.Worksheet;
    expect(validationOver(ws, "D")).toMatchObject({ type: "whole", formulae: [2000, 2100] });
    expect(validationOver(ws, "F")).toMatchObject({ type: "list", formulae: ['"Ja,Nei"'] });
  });

  it("reads back as a register with no errors", () => {
    const sheets = wb.worksheets.map((ws) => ({
      name: ws.name,
      origin: { row: 1, column: 1 },
      values: (ws.getSheetValues() as unknown[][])
        .slice(1)
        .map((r) => (r ?? []).slice(1).map((v) => (v ?? null) as string | number | null)),
    }));
    expect(detectWorkbookKind(sheets)).toBe("register");
    const { findings } = checkRegister(sheets);
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
  });
});

describe("detectWorkbookKind", () => {
  it.each([
    [["Tiltak", "Rapporter"], "register"],
    [["initiatives", " REPORTS "], "register"],
    [["Rapporter"], "register"],
    [["Ark1", "Budsjett"], "other"],
    [[], "other"],
  ] as const)("%j is %s", (names, kind) => {
    expect(detectWorkbookKind(names.map((name) => ({ name, origin: { row: 1, column: 1 }, values: [] })))).toBe(kind);
  });

  const marker = {
    name: "_mal",
    origin: { row: 1, column: 1 },
    hidden: true,
    values: [
      ["Ark", "Tiltak", "Periode", "Format", "Språk", "Navn", "Eier", "Segment"],
      ["T-1 2023-Q3", "T-1", "2023-Q3", 1, "nb", "Mine timeavtaler", "Helse Sør-Øst RHF", "Samstyring"],
    ],
  };
  const sheetNamed = (name: string) => ({ name, origin: { row: 1, column: 1 }, values: [] });
  it.each([
    ["a marker naming a template", "template", [sheetNamed("T-1 2023-Q3"), marker]],
    ["a register holding template sheets", "register", [sheetNamed("Tiltak"), sheetNamed("Rapporter"), sheetNamed("T-1 2023-Q3"), marker]],
    ["a marker sheet that names no template", "other", [sheetNamed("Ark1"), { ...marker, values: [marker.values[0]] }]],
  ] as const)("%s is %s", (_what, kind, sheets) => {
    expect(detectWorkbookKind(sheets.map((s) => ({ ...s, values: s.values.map((r) => [...r]) })))).toBe(kind);
  });
});
