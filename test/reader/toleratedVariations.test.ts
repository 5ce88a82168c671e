import ExcelJS from "exceljs";
import { addRows, buildRegister, VALID_REGISTER } from "../checks/fixtures/validRegister";
import { readWorkbook, where } from "./readWorkbook";

type Cell = ExcelJS.CellValue;
type Rows = Cell[][];

const ENGLISH_HEADERS: Record<string, string> = {
  Navn: "Name",
  Eier: "Owner",
  Hovedmål: "Main goal",
  "Andre mål": "Other goals",
  Bærekraftsmål: "Sustainability goals",
  Kontakt: "Contact",
  Startdato: "Start date",
  Sluttdato: "End date",
  Periode: "Period",
  Fase: "Phase",
  Statusbegrunnelse: "Status reason",
  Risiko: "Risk",
  Risikobegrunnelse: "Risk reason",
  Budsjett: "Budget",
  Rapportert: "Reported on",
  Avhengighet: "Dependency",
  Kategori: "Category",
  Kritikalitet: "Criticality",
  Frist: "Deadline",
  Løsning: "Solution",
  Tiltak: "Initiative",
  Del: "Part",
  År: "Year",
  Beløp: "Amount",
  "Dekket internt": "Covered internally",
  Liste: "List",
  Kode: "Code",
  Beskrivelse: "Description",
};
const ENGLISH_SHEETS: Record<string, string> = {
  Tiltak: "Initiatives",
  Rapporter: "Reports",
  Avhengigheter: "Dependencies",
  Driftskostnader: "OperatingCosts",
  Kodeverk: "Codes",
};
const ENGLISH_CODES: Record<string, string> = {
  Grønn: "Green",
  Gul: "yellow",
  Rød: "RED",
  Aktiv: "Active",
  Planlagt: "planned",
  Avsluttet: "Completed",
  Høy: "High",
  Middels: "medium",
  Lav: "Low",
  Ja: "Yes",
  Nei: "no",
};

function mapSheets(f: (name: string, rows: Rows) => [string, Rows]): Record<string, Rows> {
  return Object.fromEntries(Object.entries(VALID_REGISTER).map(([name, rows]) => f(name, rows)));
}

/** The register as data, without row numbers and sheet places, to compare two spellings of it. */
async function contents(sheets: Record<string, Rows>) {
  const { register, findings } = await readWorkbook(buildRegister(sheets));
  const strip = <T extends { row: number; unreadable: ReadonlySet<string> }>(rows: T[]) =>
    rows.map(({ row: _row, unreadable: _u, ...rest }) => rest);
  return {
    findings,
    data: {
      initiatives: strip(register.initiatives),
      reports: strip(register.reports),
      dependencies: strip(register.dependencies),
      costs: strip(register.costs),
      codes: register.codes,
      periods: register.periods,
    },
  };
}

describe("the reader tolerates", () => {
  let norwegian: Awaited<ReturnType<typeof contents>>;
  beforeAll(async () => {
    norwegian = await contents(VALID_REGISTER);
  });

  it("the Norwegian register as the baseline: read without findings", () => {
    expect(norwegian.findings).toEqual([]);
    expect(norwegian.data.reports).toHaveLength(9);
  });

  it("English sheet names, column headers and codes", async () => {
    const english = await contents(
      mapSheets((name, rows) => [
        ENGLISH_SHEETS[name],
        rows.map((line, r) =>
          line.map((v) => (r === 0 ? (ENGLISH_HEADERS[String(v)] ?? v) : typeof v === "string" ? (ENGLISH_CODES[v] ?? v) : v)),
        ),
      ]),
    );
    expect(english.findings).toEqual([]);
    expect(english.data).toEqual(norwegian.data);
  });

  it("columns in any order", async () => {
    const shuffled = await contents(
      mapSheets((name, rows) => {
        const order = rows[0].map((_, i) => i).reverse();
        return [name, rows.map((line) => order.map((i) => line[i] ?? null))];
      }),
    );
    expect(shuffled.findings).toEqual([]);
    expect(shuffled.data).toEqual(norwegian.data);
  });

  it("sheet names in another case with spaces around", async () => {
    const odd = await contents(mapSheets((name, rows) => [` ${name.toUpperCase()} `, rows]));
    expect(odd.findings).toEqual([]);
    expect(odd.data).toEqual(norwegian.data);
  });

  it("a header that is not on row 1 (empty rows above, the table from column B), and reports cells where they are", async () => {
    const wb = new ExcelJS.Workbook();
    for (const [name, rows] of Object.entries(VALID_REGISTER)) {
      const ws = wb.addWorksheet(name);
      rows.forEach((line, r) =>
        line.forEach((v, c) => {
          if (v !== null) {
            ws.getCell(r + 4, c + 2).value = v;
          }
        }),
      );
    }
    wb.getWorksheet("Rapporter")!.getCell("E11").value = "Aktivt"; // row 8 of the table moved 3 down and 1 right: Fase of T-003 Q2
    const { register, findings } = await readWorkbook(wb);
    expect(register.layouts.reports?.headerRow).toBe(4);
    expect(where(findings)).toEqual([["cell/enum", "Rapporter", "E11"]]);
    expect(register.initiatives.map((i) => i.id)).toEqual(["T-001", "T-002", "T-003", "T-004", "T-005"]);
  });

  it.each([
    ["gul ", "Gul"],
    ["  RØD", "Rød"],
    ["grønn", "Grønn"],
    ["Green", "Grønn"],
    ["YELLOW", "Gul"],
  ])("the status %j, read as %s", async (typed, canonical) => {
    const wb = buildRegister();
    wb.getWorksheet("Rapporter")!.getCell("D7").value = typed;
    const { register, findings } = await readWorkbook(wb);
    expect(findings).toEqual([]);
    expect(register.reports.find((r) => r.row === 7)?.status).toBe(canonical);
  });

  it.each(["2023-Q2", "Q2 2023", "2023 Q2", "2023-K2", "K2 2023", "2023q2", " q2-2023 "])("the period %j", async (typed) => {
    const wb = buildRegister();
    wb.getWorksheet("Rapporter")!.getCell("B6").value = typed;
    const { register, findings } = await readWorkbook(wb);
    expect(findings).toEqual([]);
    expect(register.reports.find((r) => r.row === 6)?.period).toBe("2023-Q2");
  });

  it.each([
    ["a date cell", new Date(Date.UTC(2023, 3, 3))],
    ["ISO text", "2023-04-03"],
    ["Norwegian text", "03.04.2023"],
    ["Norwegian text without leading zeros", "3.4.2023"],
    ["an Excel serial number", 45019],
  ])("a date as %s", async (_what, value) => {
    const wb = buildRegister();
    wb.getWorksheet("Avhengigheter")!.getCell("G4").value = value;
    const { register, findings } = await readWorkbook(wb);
    expect(findings).toEqual([]);
    expect(register.dependencies.find((d) => d.row === 4)?.deadline).toBe("2023-04-03");
  });

  it("an amount with a decimal comma, read as the number with a warning", async () => {
    const wb = buildRegister();
    wb.getWorksheet("Driftskostnader")!.getCell("E5").value = "13,5";
    const { register, findings } = await readWorkbook(wb);
    expect(register.costs.find((c) => c.row === 5)?.amount).toBe(13.5);
    expect(findings).toMatchObject([
      { type: "cell/decimal-comma", severity: "warning", sheet: "Driftskostnader", cell: "E5", hint: "13.5" },
    ]);
  });

  it.each([
    ["(14)", 14],
    ["(2,3)", 2.3],
  ])("%s in Beløp as covered internally", async (typed, amount) => {
    const wb = buildRegister();
    wb.getWorksheet("Driftskostnader")!.getCell("E3").value = typed;
    const { register } = await readWorkbook(wb);
    expect(register.costs.find((c) => c.row === 3)).toMatchObject({ amount, internal: true });
  });

  it("a Kodeverk list replacing the built-in one, while the other lists keep theirs", async () => {
    const wb = buildRegister();
    const codes = wb.getWorksheet("Kodeverk")!;
    codes.addRow(["Segment", "Nasjonal"]);
    codes.addRow(["Segment", "Regional"]);
    wb.getWorksheet("Tiltak")!.getCell("D4").value = "nasjonal";
    const { register, findings } = await readWorkbook(wb);
    expect(register.codes.Segment.map((c) => c.code)).toEqual(["Nasjonal", "Regional"]);
    expect(register.codes.Status.map((c) => c.code)).toEqual(["Grønn", "Gul", "Rød"]);
    expect(register.initiatives.find((i) => i.row === 4)?.segment).toBe("Nasjonal");
    // Samstyring and Koordinering are no longer codes: every other initiative's segment is now a finding.
    expect(where(findings)).toEqual([
      ["cell/enum", "Tiltak", "D2"],
      ["cell/enum", "Tiltak", "D3"],
      ["cell/enum", "Tiltak", "D5"],
      ["cell/enum", "Tiltak", "D6"],
    ]);
  });

  it("unknown columns, which are no problem", async () => {
    const wb = buildRegister();
    const ws = wb.getWorksheet("Tiltak")!;
    ws.getCell("K1").value = "Merknad";
    ws.getCell("K2").value = "Følges opp i styringsgruppen";
    const { findings } = await readWorkbook(wb);
    expect(findings).toEqual([]);
  });
});

describe("the reader reports the structure it cannot use", () => {
  const without = (name: string) => Object.fromEntries(Object.entries(VALID_REGISTER).filter(([n]) => n !== name));

  it.each([
    ["Tiltak", "error"],
    ["Rapporter", "error"],
    ["Avhengigheter", "warning"],
    ["Driftskostnader", "warning"],
  ])("a missing %s sheet (%s)", async (name, severity) => {
    const { findings } = await readWorkbook(buildRegister(without(name)));
    expect(findings).toMatchObject([{ type: "sheet/missing", severity, sheet: name }]);
  });

  it("no Kodeverk sheet is no finding: the built-in lists apply", async () => {
    const { findings, register } = await readWorkbook(buildRegister(without("Kodeverk")));
    expect(findings).toEqual([]);
    expect(register.codes.Løsning.map((c) => c.code)).toEqual(["E-resept", "Kjernejournal", "Helsenorge", "Helsenettet"]);
  });

  it("an empty sheet", async () => {
    const { findings } = await readWorkbook(buildRegister({ ...VALID_REGISTER, Avhengigheter: [] }));
    expect(findings).toMatchObject([{ type: "sheet/empty", severity: "warning", sheet: "Avhengigheter" }]);
  });

  it("a missing required column, once for the sheet", async () => {
    const rows = VALID_REGISTER.Avhengigheter.map((line) => line.filter((_, i) => i !== 4));
    const { findings } = await readWorkbook(buildRegister({ ...VALID_REGISTER, Avhengigheter: rows }));
    expect(findings).toMatchObject([
      { type: "sheet/missing-column", severity: "error", sheet: "Avhengigheter", column: "Kritikalitet", row: 1 },
    ]);
  });

  it("a column twice: the first is used, the second reported at its header", async () => {
    const wb = buildRegister();
    const ws = wb.getWorksheet("Rapporter")!;
    ws.getCell("J1").value = "status";
    ws.getCell("J7").value = "Blå";
    const { findings, register } = await readWorkbook(wb);
    expect(where(findings)).toEqual([["sheet/duplicate-column", "Rapporter", "J1"]]);
    expect(register.reports.find((r) => r.row === 7)?.status).toBe("Gul");
  });

  it("formula errors in data cells, each at its cell", async () => {
    const wb = buildRegister();
    wb.getWorksheet("Tiltak")!.getCell("C2").value = { formula: "VLOOKUP(A2,X!A:B,2,FALSE)", result: { error: "#N/A" } };
    wb.getWorksheet("Driftskostnader")!.getCell("E2").value = { error: "#DIV/0!" };
    const { findings } = await readWorkbook(wb);
    expect(findings).toMatchObject([
      { type: "cell/formula-error", sheet: "Driftskostnader", cell: "E2", value: "#DIV/0!" },
      { type: "cell/formula-error", sheet: "Tiltak", cell: "C2", value: "#N/A" },
    ]);
  });

  it("never throws on sheets of nothing but odd values", async () => {
    const wb = new ExcelJS.Workbook();
    addRows(wb, "Tiltak", [
      [null, null],
      [true, 3.5],
      [new Date(0), "ID"],
    ]);
    addRows(wb, "Rapporter", [
      ["ID", "ID", "Periode"],
      [1, 2, 3],
    ]);
    await expect(readWorkbook(wb)).resolves.toBeDefined();
  });
});
