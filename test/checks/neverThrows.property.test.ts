import fc from "fast-check";
import type ExcelJS from "exceljs";
import { compareFindings } from "../../src/core/findings/finding";
import { missingMessages } from "../../src/core/messages/messages";
import { buildRegister, checkInMemory } from "./fixtures/validRegister";

const SHEETS = ["Tiltak", "Rapporter", "Avhengigheter", "Driftskostnader", "Kodeverk"];

// Values a user (or a broken formula) can leave in a cell, weighted toward ones the format knows.
const cellValue: fc.Arbitrary<ExcelJS.CellValue> = fc.oneof(
  fc.constant(null),
  fc.constantFrom(
    "",
    "  ",
    "Aktiv",
    "gul",
    "RØD",
    "Green",
    "Samstyring",
    "T-001",
    "T-003",
    "t-002",
    "2023-Q2",
    "Q1 2023",
    "2023-Q5",
    "03.04.2023",
    "2023-02-30",
    "(14)",
    "2,5",
    "-3",
    "Ja",
    "nei",
    "1, 2",
    "3;9",
    "x@y.no",
    "#REF!",
    "#N/A",
  ),
  fc.constantFrom({ error: "#REF!" } as ExcelJS.CellErrorValue, { error: "#DIV/0!" } as ExcelJS.CellErrorValue),
  fc.string({ maxLength: 12 }),
  fc.integer({ min: -5, max: 120_000 }),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.date({ min: new Date("1890-01-01"), max: new Date("2200-01-01"), noInvalidDate: true }),
);

type Mutation =
  | { kind: "set"; sheet: number; row: number; column: number; value: ExcelJS.CellValue }
  | { kind: "remove"; sheet: number; row: number }
  | { kind: "duplicate"; sheet: number; row: number }
  | { kind: "drop-sheet"; sheet: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant("set" as const),
      sheet: fc.nat(4),
      row: fc.integer({ min: 1, max: 13 }),
      column: fc.integer({ min: 1, max: 12 }),
      value: cellValue,
    }),
  },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("remove" as const), sheet: fc.nat(4), row: fc.integer({ min: 1, max: 11 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant("duplicate" as const), sheet: fc.nat(4), row: fc.integer({ min: 1, max: 11 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("drop-sheet" as const), sheet: fc.nat(4) }) },
);

function apply(workbook: ExcelJS.Workbook, m: Mutation): void {
  const ws = workbook.getWorksheet(SHEETS[m.sheet]);
  if (!ws) {
    return;
  }
  if (m.kind === "set") {
    ws.getCell(m.row, m.column).value = m.value;
  }
  if (m.kind === "remove") {
    ws.spliceRows(m.row, 1);
  }
  if (m.kind === "duplicate") {
    ws.addRow((ws.getRow(m.row).values as ExcelJS.CellValue[]).slice(1));
  }
  if (m.kind === "drop-sheet") {
    workbook.removeWorksheet(ws.id);
  }
}

describe("checking a damaged register", () => {
  it("never throws, gives the same findings twice, in order, each with a message in both languages", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(mutation, { minLength: 1, maxLength: 12 }),
        fc.constantFrom(undefined, "2023-Q1", "2023-Q3"),
        async (mutations, period) => {
          const workbook = buildRegister();
          for (const m of mutations) {
            apply(workbook, m);
          }
          const options = { period: period as never };
          const first = await checkInMemory(workbook, options);
          const second = await checkInMemory(workbook, options);
          expect(second.findings).toEqual(first.findings);
          for (let i = 1; i < first.findings.length; i++) {
            expect(compareFindings(first.findings[i - 1], first.findings[i])).toBeLessThanOrEqual(0);
          }
          expect(missingMessages(first.findings.map((f) => f.type))).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });
});
