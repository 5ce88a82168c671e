import { translateFormula } from "../../src/host/file/write/translateFormula";
import { editRows, handPackage, partTexts, REL, sheetDataOf, sheetXml, withPython } from "./handPackage";

// Rows 1–6: a label, a number, and from row 2 down a shared formula (master in C2) doubling the number, as Excel writes one.
const SHARED = [1, 2, 3, 4, 5, 6]
  .map((r) => {
    const formula =
      r === 2
        ? '<c r="C2"><f t="shared" ref="C2:C6" si="0">B2*2</f><v>4</v></c>'
        : r > 2
          ? `<c r="C${r}"><f t="shared" si="0"/><v>${2 * r}</v></c>`
          : "";
    return `<row r="${r}" spans="1:3"><c r="A${r}" t="inlineStr"><is><t>rad ${r}</t></is></c><c r="B${r}"><v>${r}</v></c>${formula}</row>`;
  })
  .join("");
const CALC_CHAIN =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
  '<c r="C2" i="1"/><c r="C3"/><c r="C4"/><c r="C5"/><c r="C6"/></calcChain>';

async function register(rows = SHARED): Promise<Uint8Array> {
  return handPackage({
    sheets: { Rapporter: sheetXml(rows) },
    relsExtra: `<Relationship Id="rId9" Type="${REL}/calcChain" Target="calcChain.xml"/>`,
    typesExtra:
      '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/>',
    parts: { "xl/calcChain.xml": CALC_CHAIN },
  });
}

/** Each cell's formula as openpyxl reads it (it expands shared formulas itself): "r,c=formula". */
function formulasByOpenpyxl(bytes: Uint8Array): string[] {
  return withPython(
    bytes,
    [
      "import sys, openpyxl",
      "ws = openpyxl.load_workbook(sys.argv[1])['Rapporter']",
      "for row in ws.iter_rows():",
      "    for c in row:",
      "        if c.data_type == 'f': print(f'{c.coordinate}={c.value}')",
    ].join("\n"),
  ).split("\n");
}

/** The cells of the calculation chain that hold no formula: Excel repairs a file with any ("Removed Records: Formula from /xl/calcChain.xml"). */
function chainedWithoutFormula(parts: Map<string, string>): string[] {
  const chain = parts.get("xl/calcChain.xml");
  if (!chain) {
    return [];
  }
  const sheet = parts.get("xl/worksheets/sheet1.xml")!;
  return [...chain.matchAll(/<c r="([A-Z]+\d+)"/g)]
    .map((m) => m[1])
    .filter((r) => !new RegExp(`<c r="${r}"[^>]*>(?:(?!</c>).)*<f[ >/]`).test(sheet));
}

describe("an import on a sheet with formulas", () => {
  it("drops the calculation chain (part, relationship, content type) once cells move, so it never names a cell without a formula", async () => {
    const out = await editRows(await register(), "Rapporter", [
      { kind: "delete", row: 2, count: 1 },
      { kind: "insert", row: 4, rows: [[{ column: 1, value: "ny" }]], styleFrom: 3 },
    ]);
    const parts = await partTexts(out);
    expect(chainedWithoutFormula(parts)).toEqual([]);
    expect(parts.has("xl/calcChain.xml")).toBe(false);
    expect(parts.get("xl/_rels/workbook.xml.rels")).not.toContain("calcChain");
    expect(parts.get("[Content_Types].xml")).not.toContain("calcChain");
  });

  it("drops it too when a formula cell is only overwritten", async () => {
    const out = await editRows(await register(), "Rapporter", [{ kind: "set", row: 4, cells: [{ column: 3, value: 99 }] }]);
    const parts = await partTexts(out);
    expect(chainedWithoutFormula(parts)).toEqual([]);
    expect(parts.has("xl/calcChain.xml")).toBe(false);
  });

  it("gives a shared formula whose master row was deleted to the next cell sharing it, so every cell keeps its formula", async () => {
    const out = await editRows(await register(), "Rapporter", [{ kind: "delete", row: 2, count: 1 }]);
    const rows = sheetDataOf((await partTexts(out)).get("xl/worksheets/sheet1.xml")!);
    // The cell that was C3 (=B3*2 in the source) is now C2 and holds the formula for the four cells left.
    expect(rows).toContain('<c r="C2"><f t="shared" ref="C2:C5" si="0">B3*2</f><v>6</v></c>');
    expect(formulasByOpenpyxl(out)).toEqual(["C2==B3*2", "C3==B4*2", "C4==B5*2", "C5==B6*2"]);
  });

  it("gives it to the next cell when an import overwrites the master, and moves the formula's range with its rows", async () => {
    const out = await editRows(await register(), "Rapporter", [
      { kind: "set", row: 2, cells: [{ column: 3, value: "manuelt" }] },
      { kind: "insert", row: 1, rows: [[{ column: 1, value: "øverst" }]] },
    ]);
    const rows = sheetDataOf((await partTexts(out)).get("xl/worksheets/sheet1.xml")!);
    expect(rows).toContain('<c r="C4"><f t="shared" ref="C4:C7" si="0">B3*2</f><v>6</v></c>');
    expect(formulasByOpenpyxl(out)).toEqual(["C4==B3*2", "C5==B4*2", "C6==B5*2", "C7==B6*2"]);
  });

  it("moves the range of a master whose row is edited and moved", async () => {
    const out = await editRows(await register(), "Rapporter", [
      { kind: "set", row: 2, cells: [{ column: 1, value: "endret" }] },
      { kind: "insert", row: 1, rows: [[{ column: 1, value: 0 }]] },
    ]);
    const rows = sheetDataOf((await partTexts(out)).get("xl/worksheets/sheet1.xml")!);
    expect(rows).toContain('<c r="C3"><f t="shared" ref="C3:C7" si="0">B2*2</f><v>4</v></c>');
  });

  it("keeps the values without the formula when the formula could not be read from the next cell (it would leave the sheet)", async () => {
    const rows = [1, 2]
      .map(
        (r) =>
          `<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="B${r}">${
            r === 1 ? '<f t="shared" ref="B1:B2" si="3">A1048576</f><v>0</v>' : '<f t="shared" si="3"/><v>7</v>'
          }</c></row>`,
      )
      .join("");
    const out = await editRows(await register(rows), "Rapporter", [{ kind: "delete", row: 1, count: 1 }]);
    expect(sheetDataOf((await partTexts(out)).get("xl/worksheets/sheet1.xml")!)).toBe(
      '<sheetData><row r="1"><c r="A1"><v>2</v></c><c r="B1"><v>7</v></c></row></sheetData>',
    );
  });
});

describe("a formula as it reads from another cell", () => {
  it.each([
    ["B2*2", 1, 0, "B3*2"],
    ["$B$2+B$2+$B2+B2", 2, 1, "$B$2+C$2+$B4+C4"],
    ["SUM(A2:A9)+SUM(3:4)+SUM(C:D)", 1, 1, "SUM(B3:B10)+SUM(4:5)+SUM(D:E)"],
    ["IF(A2=\"A2\",LOG10(A2),'Q1 2023'!A2&Rapporter!B2)", 1, 0, "IF(A3=\"A2\",LOG10(A3),'Q1 2023'!A3&Rapporter!B3)"],
    [
      "Tabell1[[#This Row],[Frist]]+XFE1+ÆB2+1E5+_xlfn.XLOOKUP(A2,B:B,C:C)",
      1,
      0,
      "Tabell1[[#This Row],[Frist]]+XFE1+ÆB2+1E5+_xlfn.XLOOKUP(A3,B:B,C:C)",
    ],
    ["#REF!+A2#", 1, 0, "#REF!+A3#"],
  ])("%s, %i rows and %i columns on, is %s", (formula, rows, columns, expected) => {
    expect(translateFormula(formula, rows, columns)).toBe(expected);
  });

  it("is none when a reference would leave the sheet", () => {
    expect(translateFormula("A1", -1, 0)).toBeUndefined();
    expect(translateFormula("XFD1", 0, 1)).toBeUndefined();
  });
});
