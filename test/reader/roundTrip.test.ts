import ExcelJS from "exceljs";
import { FileWorkbook } from "../../src/host/file/fileWorkbook";
import { buildRegister } from "../checks/fixtures/validRegister";

/** Every cell of every sheet as sheet!A1 → value, the way exceljs gives it. */
function allCells(workbook: ExcelJS.Workbook): Map<string, unknown> {
  const cells = new Map<string, unknown>();
  for (const ws of workbook.worksheets) {
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        cells.set(`${ws.name}!${cell.address}`, cell.value);
      }),
    );
  }
  return cells;
}

describe("a register read and written back through the file host", () => {
  it("keeps unknown columns, extra sheets and every cell as it was", async () => {
    const original = buildRegister();
    const tiltak = original.getWorksheet("Tiltak")!;
    tiltak.getCell("K1").value = "Merknad";
    tiltak.getCell("K2").value = "Følges opp i styringsgruppen";
    tiltak.getCell("L1").value = "Nettside";
    tiltak.getCell("L2").value = { text: "ehelse.no", hyperlink: "https://www.ehelse.no/" };
    original.getWorksheet("Rapporter")!.getCell("J1").value = "Intern kommentar";
    original.getWorksheet("Rapporter")!.getCell("J3").value = true;
    const notes = original.addWorksheet("Notater");
    notes.getCell("A1").value = "Sum budsjett";
    notes.getCell("B1").value = { formula: "SUM(Rapporter!H2:H10)", result: 285 };
    notes.getCell("A2").value = new Date(Date.UTC(2023, 4, 15));
    notes.getCell("C5").value = -2.5;
    original.addWorksheet("Tom");
    const bytes = new Uint8Array(await original.xlsx.writeBuffer());

    const port = await FileWorkbook.open(bytes, "register.xlsx");
    await port.readSheets();
    const saved = await port.save();

    const before = new ExcelJS.Workbook();
    await before.xlsx.load(bytes as unknown as ArrayBuffer);
    const after = new ExcelJS.Workbook();
    await after.xlsx.load(saved as unknown as ArrayBuffer);
    expect(after.worksheets.map((w) => w.name)).toEqual([
      "Tiltak",
      "Rapporter",
      "Avhengigheter",
      "Driftskostnader",
      "Kodeverk",
      "Notater",
      "Tom",
    ]);
    const cells = allCells(after);
    expect(cells).toEqual(allCells(before));
    expect(cells.get("Tiltak!K2")).toBe("Følges opp i styringsgruppen");
    expect(cells.get("Notater!B1")).toEqual({ formula: "SUM(Rapporter!H2:H10)", result: 285 });
  });
});
