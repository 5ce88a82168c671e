import type ExcelJS from "exceljs";
import type { Severity } from "../../src/core/findings/finding";
import { findingMessage } from "../../src/core/messages/messages";
import { addRows, appendRow, buildRegister, checkBytes, rowValues, VALID_FULL_REGISTER, VALID_REGISTER } from "./fixtures/validRegister";

type Defect = (wb: ExcelJS.Workbook) => void;

const set =
  (sheet: string, cell: string, value: ExcelJS.CellValue): Defect =>
  (wb) => {
    wb.getWorksheet(sheet)!.getCell(cell).value = value;
  };
const both =
  (...defects: Defect[]): Defect =>
  (wb) =>
    defects.forEach((f) => f(wb));
const append =
  (sheet: string, values: ExcelJS.CellValue[]): Defect =>
  (wb) =>
    appendRow(wb, sheet, values);
const duplicateRow =
  (sheet: string, row: number): Defect =>
  (wb) =>
    appendRow(wb, sheet, rowValues(wb, sheet, row));
const removeSheet =
  (sheet: string): Defect =>
  (wb) =>
    wb.removeWorksheet(wb.getWorksheet(sheet)!.id);
const emptySheet =
  (sheet: string): Defect =>
  (wb) => {
    wb.removeWorksheet(wb.getWorksheet(sheet)!.id);
    addRows(wb, sheet, []);
  };
const deleteRow =
  (sheet: string, row: number): Defect =>
  (wb) =>
    wb.getWorksheet(sheet)!.spliceRows(row, 1);
const date = (iso: string) => new Date(`${iso}T00:00:00Z`);

// [what is wrong, the defect, expected type, severity, sheet, cell]
const DEFECTS: Array<[string, Defect, string, Severity, string, string | undefined]> = [
  // Tiltak
  ["a name left empty", set("Tiltak", "B2", null), "cell/required", "error", "Tiltak", "B2"],
  ["an owner left empty", set("Tiltak", "C3", null), "cell/required", "error", "Tiltak", "C3"],
  ["a segment left empty", set("Tiltak", "D2", null), "cell/required", "error", "Tiltak", "D2"],
  ["a misspelt segment", set("Tiltak", "D3", "Koordinerng"), "cell/enum", "error", "Tiltak", "D3"],
  ["no main goal on an active initiative", set("Tiltak", "E2", null), "cell/main-goal-required", "error", "Tiltak", "E2"],
  ["a main goal outside 1–5", set("Tiltak", "E3", 7), "cell/enum", "error", "Tiltak", "E3"],
  ["an unknown goal among other goals", set("Tiltak", "F3", "1, 8"), "cell/enum", "error", "Tiltak", "F3"],
  ["an unknown sustainability goal", set("Tiltak", "G2", "3, 11"), "cell/enum", "error", "Tiltak", "G2"],
  ["a contact that is no e-mail address", set("Tiltak", "H2", "kari.example.no"), "cell/email", "error", "Tiltak", "H2"],
  ["a start date in month 13", set("Tiltak", "I2", "2021-13-01"), "cell/date", "error", "Tiltak", "I2"],
  ["an end date before the start date", set("Tiltak", "J3", date("2021-12-31")), "cell/end-before-start", "error", "Tiltak", "J3"],
  ["a #REF! in a name", set("Tiltak", "B4", { error: "#REF!" }), "cell/formula-error", "error", "Tiltak", "B4"],
  ["an ID used twice", append("Tiltak", ["T-001", "Kopi", "KS", "Orientering", 1]), "row/duplicate-id", "error", "Tiltak", "A7"],
  ["a row with no ID", append("Tiltak", [null, "Uten ID", "KS", "Orientering", 1]), "row/missing-key", "error", "Tiltak", "A7"],
  ["a note beside the table", set("Tiltak", "L8", "Merknad"), "row/stray-cells", "warning", "Tiltak", "L8"],
  ["the Navn header renamed", set("Tiltak", "B1", "Tiltaksnavn"), "sheet/missing-column", "error", "Tiltak", undefined],
  ["a second Eier column", set("Tiltak", "K1", "Eier"), "sheet/duplicate-column", "warning", "Tiltak", "K1"],
  ["no Tiltak sheet", removeSheet("Tiltak"), "sheet/missing", "error", "Tiltak", undefined],
  // Rapporter
  ["an ID in the wrong case", set("Rapporter", "A9", "t-004"), "cell/unknown-id", "error", "Rapporter", "A9"],
  [
    "a report for an ID not in Tiltak",
    append("Rapporter", ["T-099", "2023-Q2", "Planlagt"]),
    "cell/unknown-id",
    "error",
    "Rapporter",
    "A11",
  ],
  ["a fifth quarter", set("Rapporter", "B2", "2023-Q5"), "cell/period", "error", "Rapporter", "B2"],
  ["an ID left empty while the period is given", set("Rapporter", "A2", null), "cell/required", "error", "Rapporter", "A2"],
  ["a period left empty", set("Rapporter", "B3", null), "cell/required", "error", "Rapporter", "B3"],
  [
    "a report row without ID and period",
    both(set("Rapporter", "A4", null), set("Rapporter", "B4", null)),
    "row/missing-key",
    "error",
    "Rapporter",
    "A4",
  ],
  ["a phase left empty", set("Rapporter", "C6", null), "cell/required", "error", "Rapporter", "C6"],
  ["a misspelt phase", set("Rapporter", "C7", "Aktivt"), "cell/enum", "error", "Rapporter", "C7"],
  ["no status on an active row", set("Rapporter", "D8", null), "cell/status-required", "error", "Rapporter", "D8"],
  ["a status without its ø", set("Rapporter", "D8", "Gronn"), "cell/enum", "error", "Rapporter", "D8"],
  ["a red status without a reason", set("Rapporter", "D3", "Rød"), "cell/status-reason-required", "error", "Rapporter", "E3"],
  ["no risk on an active Koordinering row", set("Rapporter", "F7", null), "cell/risk-required", "error", "Rapporter", "F7"],
  ["a yellow risk without a reason", set("Rapporter", "F3", "Gul"), "cell/risk-reason-required", "error", "Rapporter", "G3"],
  ["a risk on an Orientering initiative", set("Rapporter", "F8", "Grønn"), "cell/risk-not-counted", "warning", "Rapporter", "F8"],
  ["a budget on a Koordinering initiative", set("Rapporter", "H7", 10), "cell/budget-segment", "error", "Rapporter", "H7"],
  ["a budget in words", set("Rapporter", "H6", "mye"), "cell/amount", "error", "Rapporter", "H6"],
  ["a budget with a decimal comma", set("Rapporter", "H6", "125,5"), "cell/decimal-comma", "warning", "Rapporter", "H6"],
  ["a budget stored as text", set("Rapporter", "H6", "125"), "cell/number-as-text", "warning", "Rapporter", "H6"],
  ["a #N/A budget", set("Rapporter", "H6", { error: "#N/A" }), "cell/formula-error", "error", "Rapporter", "H6"],
  ["a report date in words", set("Rapporter", "I6", "i går"), "cell/date", "error", "Rapporter", "I6"],
  ["two reports for one initiative and period", duplicateRow("Rapporter", 6), "row/duplicate-report", "error", "Rapporter", "A11"],
  ["an active initiative not reported", deleteRow("Rapporter", 8), "row/not-reported", "warning", "Tiltak", "A4"],
  ["no Rapporter sheet", removeSheet("Rapporter"), "sheet/missing", "error", "Rapporter", undefined],
  ["an empty Rapporter sheet", emptySheet("Rapporter"), "sheet/empty", "error", "Rapporter", undefined],
  ["the Fase header renamed", set("Rapporter", "C1", "Stadium"), "sheet/missing-column", "error", "Rapporter", undefined],
  // Avhengigheter
  ["a dependency of an ID not in Tiltak", set("Avhengigheter", "A4", "T-099"), "cell/unknown-id", "error", "Avhengigheter", "A4"],
  ["a dependency without its text", set("Avhengigheter", "C4", null), "cell/required", "error", "Avhengigheter", "C4"],
  ["a misspelt category", set("Avhengigheter", "D4", "EPJ leverandør"), "cell/enum", "error", "Avhengigheter", "D4"],
  ["a criticality left empty", set("Avhengigheter", "E5", null), "cell/required", "error", "Avhengigheter", "E5"],
  ["a status outside the list", set("Avhengigheter", "F5", "Blå"), "cell/enum", "error", "Avhengigheter", "F5"],
  [
    "a red dependency past its deadline",
    set("Avhengigheter", "G3", date("2023-05-01")),
    "cell/deadline-passed",
    "warning",
    "Avhengigheter",
    "G3",
  ],
  ["a yellow dependency without a deadline", set("Avhengigheter", "G4", null), "cell/deadline-missing", "warning", "Avhengigheter", "G4"],
  ["a deadline on 31 February", set("Avhengigheter", "G4", "31.02.2023"), "cell/date", "error", "Avhengigheter", "G4"],
  ["a dependency listed twice", duplicateRow("Avhengigheter", 3), "row/duplicate-dependency", "warning", "Avhengigheter", "A6"],
  ["no Avhengigheter sheet", removeSheet("Avhengigheter"), "sheet/missing", "warning", "Avhengigheter", undefined],
  [
    "a later period in Avhengigheter only",
    append("Avhengigheter", ["T-001", "2023-Q3", "FEST tilpasset PLL", "Annet", "Lav", "Grønn"]),
    "sheet/period-not-reported",
    "warning",
    "Rapporter",
    undefined,
  ],
  // Driftskostnader
  ["a misspelt solution", set("Driftskostnader", "A4", "Kjernejournl"), "cell/enum", "error", "Driftskostnader", "A4"],
  ["a year before 2000", set("Driftskostnader", "D3", 1999), "cell/year", "error", "Driftskostnader", "D3"],
  ["an amount left empty", set("Driftskostnader", "E4", null), "cell/required", "error", "Driftskostnader", "E4"],
  ["an amount in words", set("Driftskostnader", "E3", "mye"), "cell/amount", "error", "Driftskostnader", "E3"],
  ["an initiative left empty", set("Driftskostnader", "B5", null), "cell/required", "error", "Driftskostnader", "B5"],
  ["covered internally: maybe", set("Driftskostnader", "F4", "Kanskje"), "cell/enum", "error", "Driftskostnader", "F4"],
  ["the same cost twice", duplicateRow("Driftskostnader", 3), "row/duplicate-cost", "error", "Driftskostnader", "A6"],
  // Kodeverk
  [
    "a Status list in Kodeverk without Rød",
    both(
      append("Kodeverk", ["Status", "Grønn"]),
      append("Kodeverk", ["Status", "Gul"]),
      append("Kodeverk", ["Status", "Rødt"]),
      set("Rapporter", "D5", "Gul"),
      set("Rapporter", "F5", "Gul"),
      set("Avhengigheter", "F3", "Gul"),
    ),
    "sheet/code-missing",
    "warning",
    "Kodeverk",
    "A6",
  ],
  [
    "the Tiltak sheet also under its English name",
    (wb) => addRows(wb, "Initiatives", VALID_REGISTER.Tiltak.slice(0, 2)),
    "sheet/duplicate",
    "warning",
    "Initiatives",
    undefined,
  ],
  ["an unknown list name", append("Kodeverk", ["Statuss", "Blå"]), "cell/enum", "error", "Kodeverk", "A6"],
  ["a list without its code", append("Kodeverk", ["Løsning", null, "Uten kode"]), "cell/required", "error", "Kodeverk", "B6"],
  ["a description alone", append("Kodeverk", [null, null, "Bare beskrivelse"]), "row/missing-key", "error", "Kodeverk", "A6"],
  ["a code listed twice", append("Kodeverk", ["løsning", " e-resept "]), "row/duplicate-code", "warning", "Kodeverk", "B6"],
  // Tiltak: the texts of chapter 3, judged where the register has their column
  ["a new initiative without a description", set("Tiltak", "K1", "Beskrivelse"), "cell/description-missing", "warning", "Tiltak", "K5"],
  [
    "a completed initiative without a closing summary",
    set("Tiltak", "K1", "Sluttrapport"),
    "cell/closing-summary-missing",
    "warning",
    "Tiltak",
    "K6",
  ],
  // Veikart
  ["a roadmap goal outside 1–5", set("Veikart", "A2", 7), "cell/enum", "error", "Veikart", "A2"],
  ["a plan year in words", set("Veikart", "H3", "neste år"), "cell/year", "error", "Veikart", "H3"],
  ["a start written with its arrow", set("Veikart", "I2", "2023 →"), "cell/year", "error", "Veikart", "I2"],
  ["a period that ends before it begins", set("Veikart", "J3", 2022), "cell/to-before-from", "error", "Veikart", "J3"],
  ["a roadmap row naming an initiative not in Tiltak", set("Veikart", "K3", "T-099"), "cell/unknown-id", "error", "Veikart", "K3"],
  ["an area given a second objective", set("Veikart", "D3", "En annen målsetting"), "row/objective-conflict", "warning", "Veikart", "D3"],
  ["an actor with no activity", set("Veikart", "G4", null), "cell/activity-missing", "warning", "Veikart", "G4"],
  ["a roadmap row without its actor", set("Veikart", "E3", null), "cell/required", "error", "Veikart", "E3"],
  [
    "a roadmap row without goal and area",
    both(set("Veikart", "A3", null), set("Veikart", "B3", null)),
    "row/missing-key",
    "error",
    "Veikart",
    "A3",
  ],
  ["the Hvem header renamed", set("Veikart", "E1", "Aktør"), "sheet/missing-column", "error", "Veikart", undefined],
  // Temaer
  ["the same topic twice in a period", duplicateRow("Temaer", 2), "row/duplicate-topic", "error", "Temaer", "B4"],
  ["a topic naming an initiative not in Tiltak", set("Temaer", "E3", "T-005, T-099"), "cell/unknown-ids", "warning", "Temaer", "E3"],
  ["a follow-up answered maybe", set("Temaer", "D3", "Kanskje"), "cell/enum", "error", "Temaer", "D3"],
  ["a topic without its text", set("Temaer", "C3", null), "cell/required", "error", "Temaer", "C3"],
  ["a topic in a fifth quarter", set("Temaer", "A3", "2023-Q5"), "cell/period", "error", "Temaer", "A3"],
];

const CORPUS = DEFECTS.map(([what, defect, type, severity, sheet, cell]) => ({ what, defect, type, severity, sheet, cell }));

describe("the defect corpus: one defect each, built from the valid register", () => {
  it("holds at least 40 workbooks", () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(40);
  });

  it.each(CORPUS)("$what → $type at $sheet $cell", async ({ defect, type, severity, sheet, cell }) => {
    const workbook = buildRegister(VALID_FULL_REGISTER);
    defect(workbook);
    const { findings } = await checkBytes(workbook);
    expect(findings.map((f) => ({ type: f.type, severity: f.severity, sheet: f.sheet, cell: f.cell }))).toEqual([
      { type, severity, sheet, cell },
    ]);
    const nb = findingMessage(findings[0], "nb");
    const en = findingMessage(findings[0], "en");
    for (const text of [nb, en]) {
      expect(text.trim()).not.toBe("");
      expect(text).not.toBe(type);
      expect(text).not.toMatch(/undefined|NaN|\[object/);
    }
    expect(nb).not.toBe(en);
  });
});
