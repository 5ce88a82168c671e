import { readFileSync } from "node:fs";
import { importTemplates } from "../../src/app/importTemplates";
import { summarizeWorkbook } from "../../src/app/summarizeWorkbook";
import { addTemplatesToWorkbook } from "../../src/app/templates";
import type { Period } from "../../src/core/register/period";
import { FileWorkbook } from "../../src/host/file/fileWorkbook";
import { labelRow, SAMPLE, text } from "./templateFiles";

describe("template sheets in the register itself (the add-in's other choice)", () => {
  it("adds one protected sheet per initiative, and imports them from the same workbook", async () => {
    const port = await FileWorkbook.open(new Uint8Array(readFileSync(SAMPLE)), "register.xlsx");
    const period = "2023-Q3" as Period;
    const made = await addTemplatesToWorkbook(port, { period, lang: "nb", ids: ["T-001", "T-004"] });
    expect(made.books[0].templates.map((t) => t.marker.sheet)).toEqual(["T-001 2023-Q3", "T-004 2023-Q3"]);

    const wb = port.workbook;
    expect(wb.getWorksheet("_mal")!.state).toBe("veryHidden");
    for (const name of ["T-001 2023-Q3", "T-004 2023-Q3"]) {
      const ws = wb.getWorksheet(name)!;
      ws.getCell(labelRow(ws, "Status"), 2).value = "Rød";
      ws.getCell(labelRow(ws, "Statusbegrunnelse"), 2).value = `Begrunnelse for ${name}`;
    }
    const plan = await importTemplates(port, [{ file: "register.xlsx", sheets: await port.readSheets() }], { now: new Date(), lang: "nb" });
    expect(plan.outcomes.map((o) => [o.id, o.imported])).toEqual([["T-001", true], ["T-004", true]]);

    const summary = await summarizeWorkbook(port, period);
    expect(summary.status.red.map((r) => [r.id, r.reason]).sort()).toEqual([
      ["T-001", "Begrunnelse for T-001 2023-Q3"],
      ["T-004", "Begrunnelse for T-004 2023-Q3"],
    ]);
    expect(summary.status.current.Rød).toBe(2);
    expect(text(wb.getWorksheet("Importlogg")!.getCell("E2").value)).toBe("Importert");
  });
});
