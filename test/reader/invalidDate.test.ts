import { checkRegister } from "../../src/core/checks/checkRegister";
import type { SheetData } from "../../src/core/sheet";

const sheet = (name: string, values: SheetData["values"]): SheetData => ({ name, origin: { row: 1, column: 1 }, values });

describe("a date cell that holds no valid date", () => {
  it("is a finding at its cell, never a crash, in any column", () => {
    const bad = new Date(Number.NaN);
    const sheets = [
      sheet("Tiltak", [
        ["ID", "Navn", "Eier", "Segment", "Hovedmål", "Startdato"],
        ["T-001", bad, "Helse Vest RHF", "Samstyring", 1, bad],
      ]),
      sheet("Rapporter", [["ID", "Periode", "Fase", "Status", "Statusbegrunnelse", "Risiko", "Risikobegrunnelse"]]),
    ];
    const { findings } = checkRegister(sheets);
    expect(findings.find((f) => f.cell === "F2")?.type).toBe("cell/date");
    expect(findings.some((f) => f.cell === "B2")).toBe(true);
  });
});
