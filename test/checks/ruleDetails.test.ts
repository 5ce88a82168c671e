import type ExcelJS from "exceljs";
import type { Period } from "../../src/core/register/period";
import { appendRow, buildRegister, checkInMemory } from "./fixtures/validRegister";

type Edit = [sheet: string, cell: string, value: ExcelJS.CellValue];

async function findingsAfter(edits: Edit[], period?: string) {
  const wb = buildRegister();
  for (const [sheet, cell, value] of edits) {
    wb.getWorksheet(sheet)!.getCell(cell).value = value;
  }
  const { findings } = await checkInMemory(wb, { period: period as Period | undefined });
  return findings;
}
const at = (findings: Awaited<ReturnType<typeof findingsAfter>>) => findings.map((f) => `${f.type} ${f.sheet}!${f.cell ?? ""}`);

describe("who counts as active", () => {
  it("an initiative paused in the period needs no main goal and is not missing a report", async () => {
    expect(
      await findingsAfter([
        ["Rapporter", "C6", "Pause"],
        ["Tiltak", "E2", null],
      ]),
    ).toEqual([]);
  });

  it("follows the chosen period: an initiative completed in Q2 was active in Q1", async () => {
    const edits: Edit[] = [["Tiltak", "E6", null]];
    expect(at(await findingsAfter(edits))).toEqual([]);
    expect(at(await findingsAfter(edits, "2023-Q1"))).toEqual(["cell/main-goal-required Tiltak!E6"]);
  });

  it("carries the phase forward: active in Q1 and no Q2 row means not reported in Q2", async () => {
    const wb = buildRegister();
    wb.getWorksheet("Rapporter")!.spliceRows(7, 1); // T-002's Q2 row
    const { findings } = await checkInMemory(wb);
    expect(findings).toMatchObject([
      { type: "row/not-reported", sheet: "Tiltak", cell: "A3", row: 3, column: "ID", value: "T-002", params: { period: "2023-Q2" } },
    ]);
  });
});

describe("deadlines", () => {
  it("are judged for the period's own rows only", async () => {
    const edits: Edit[] = [["Avhengigheter", "G2", "15.01.2023"]]; // T-001's yellow Q1 dependency
    expect(at(await findingsAfter(edits))).toEqual([]);
    expect(at(await findingsAfter(edits, "2023-Q1"))).toEqual(["cell/deadline-passed Avhengigheter!G2"]);
  });

  it("a deadline on the period's last day has not passed", async () => {
    expect(await findingsAfter([["Avhengigheter", "G3", "30.06.2023"]])).toEqual([]);
  });
});

describe("one finding per problem", () => {
  it("a formula error in a conditionally required cell is not also reported as missing", async () => {
    expect(at(await findingsAfter([["Rapporter", "D8", { error: "#N/A" }]]))).toEqual(["cell/formula-error Rapporter!D8"]);
  });

  it("a report naming an unknown initiative is not judged by that initiative's segment", async () => {
    expect(
      at(
        await findingsAfter([
          ["Rapporter", "A7", "T-404"],
          ["Rapporter", "F7", null],
        ]),
      ),
    ).toEqual(["cell/unknown-id Rapporter!A7", "row/not-reported Tiltak!A3"]);
  });

  it("without the Tiltak ID column, references are not judged row by row", async () => {
    expect(at(await findingsAfter([["Tiltak", "A1", "Nummer"]]))).toEqual(["sheet/missing-column Tiltak!"]);
  });
});

describe("rows without keys", () => {
  it("a row with only a budget is a missing key; a row with only a note beside the table is stray", async () => {
    const wb = buildRegister();
    wb.getWorksheet("Rapporter")!.getCell("H12").value = 15;
    wb.getWorksheet("Rapporter")!.getCell("L13").value = "Se vedlegg";
    const { findings } = await checkInMemory(wb);
    expect(findings).toMatchObject([
      { type: "row/missing-key", severity: "error", sheet: "Rapporter", cell: "A12", params: { keys: "ID / Periode" } },
      { type: "row/stray-cells", severity: "warning", sheet: "Rapporter", cell: "L13", value: "Se vedlegg" },
    ]);
  });
});

describe("IDs", () => {
  it("count as duplicates when they differ only in case and spacing", async () => {
    const wb = buildRegister();
    appendRow(wb, "Tiltak", [" t-002 ", "Kopi", "KS", "Orientering", 1]);
    const { findings } = await checkInMemory(wb);
    expect(findings).toMatchObject([{ type: "row/duplicate-id", cell: "A7", params: { first: 3 } }]);
  });

  it("suggest the ID a reference differs from only in case, and nothing for an unrelated one", async () => {
    const findings = await findingsAfter([
      ["Avhengigheter", "A4", "t-002"],
      ["Avhengigheter", "A5", "T-777"],
    ]);
    expect(findings.map((f) => [f.cell, f.hint])).toEqual([
      ["A4", "T-002"],
      ["A5", undefined],
    ]);
  });
});

describe("the order of findings", () => {
  it("is sheet, then row, then column, whatever rule found them", async () => {
    const findings = await findingsAfter([
      ["Tiltak", "H3", "nei"],
      ["Tiltak", "B3", null],
      ["Rapporter", "F7", null],
      ["Rapporter", "D3", "Rød"],
      ["Avhengigheter", "E5", "Kritisk"],
    ]);
    expect(at(findings)).toEqual([
      "cell/enum Avhengigheter!E5",
      "cell/status-reason-required Rapporter!E3",
      "cell/risk-required Rapporter!F7",
      "cell/required Tiltak!B3",
      "cell/email Tiltak!H3",
    ]);
  });
});
