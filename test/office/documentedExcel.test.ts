import "./double/templateFeatures";
import { buildReport } from "../../src/app/buildReport";
import { checkWorkbook } from "../../src/app/checkWorkbook";
import { registerSheetNames } from "../../src/core/register/format";
import { OfficeWorkbook } from "../../src/host/office/officeWorkbook";
import { FakeExcel } from "./double/fakeExcel";
import { excelWithRegister } from "./loadRegister";
import { registerValues } from "./registerValues";

/** The register of `initiatives` in a double of the given kind. */
function registerIn(excel: FakeExcel, initiatives = 40): FakeExcel {
  for (const [name, rows] of Object.entries(registerValues(initiatives))) {
    excel.addSheet(name, rows);
  }
  return excel;
}

describe("Kontroller while the user is typing in a cell", () => {
  it("waits until the user leaves the cell, then checks, instead of failing", async () => {
    const excel = registerIn(new FakeExcel());
    excel.editCell();
    let done = false;
    const check = checkWorkbook(new OfficeWorkbook(excel.run)).then((result) => {
      done = true;
      return result;
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect([done, excel.syncs.length]).toEqual([false, 0]);
    excel.leaveCell();
    const { findings } = await check;
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(excel.syncs.every((s) => s.runOptions?.delayForCellEdit === true)).toBe(true);
  });

  it("asks Excel to wait on every batch, the writes of the report too", async () => {
    const excel = registerIn(new FakeExcel());
    await buildReport(new OfficeWorkbook(excel.run), { lang: "nb" });
    expect(excel.batchCount).toBeGreaterThan(1);
    expect(excel.syncs.filter((s) => s.runOptions?.delayForCellEdit !== true)).toEqual([]);
  });

  it("is what Excel refuses without being asked to wait (the double's rule)", async () => {
    const excel = registerIn(new FakeExcel());
    excel.editCell();
    const outcome = excel.run(async (context) => {
      context.workbook.worksheets.load("items/name");
      await context.sync();
    });
    await expect(outcome).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
  });
});

describe("the first read, by sheet names that may not exist", () => {
  it.each(["ItemNotFound", "InvalidArgument", "GeneralException", "InvalidReference"])(
    "falls back to the sheet list when Excel refuses a range of a missing sheet with %s, and reads the same",
    async (code) => {
      const expected = await new OfficeWorkbook(excelWithRegister(40).run).readSheets(registerSheetNames());
      const excel = registerIn(new FakeExcel(undefined, "fail", code));
      const workbook = new OfficeWorkbook(excel.run);
      expect(await workbook.readSheets(registerSheetNames())).toEqual(expected);
      const first = excel.syncs.length;
      // The refusal is remembered: the next read starts from the sheet list without a refused sync.
      expect(await workbook.readSheets(registerSheetNames())).toEqual(expected);
      expect(excel.syncs.length - first).toBe(first - 1);
    },
  );
});

describe("the Excel double follows Excel's documented refusals", () => {
  it("refuses to delete a very hidden sheet, and deletes it once it is only hidden", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Ark1");
    excel.addSheet("_mal", [["x"]], { visibility: "VeryHidden" });
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("_mal").delete();
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidOperation" });
      const marker = context.workbook.worksheets.getItem("_mal");
      marker.visibility = "Hidden";
      marker.delete();
      await context.sync();
    });
    expect(excel.findSheet("_mal")).toBeUndefined();
  });

  it("refuses a list validation whose formula names a sheet that does not exist yet", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Tiltak");
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Tiltak").getRange("D2:D9");
      range.dataValidation.rule = { list: { inCellDropDown: true, source: "='Kodeverk'!$B$2:$B$4" } };
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
      context.workbook.worksheets.add("Kodeverk");
      range.dataValidation.rule = { list: { inCellDropDown: true, source: "='Kodeverk'!$B$2:$B$4" } };
      await context.sync();
    });
    expect(excel.sheet("Tiltak").validations).toHaveLength(1);
  });

  it("leaves formulas stale after values written with calculation suspended, until Excel is asked to calculate", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Ark1");
    await excel.run(async (context) => {
      context.workbook.application.suspendApiCalculationUntilNextSync();
      context.workbook.worksheets.getItem("Ark1").getRange("A1").values = [[1]];
      await context.sync();
      expect(excel.calculationPending).toBe(true);
      context.workbook.application.calculate("Recalculate" as Excel.CalculationType);
      await context.sync();
    });
    expect(excel.calculationPending).toBe(false);
  });

  it("keeps Excel's default of one page for a fit-to-pages direction left out", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Ark1");
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Ark1").pageLayout.zoom = { horizontalFitToPages: 1 };
      await context.sync();
    });
    expect(excel.sheet("Ark1").zoom).toEqual({ horizontalFitToPages: 1, verticalFitToPages: 1 });
  });

  it.each(["A1", "TRUE", "R2C3", "to ord", "1a"])("refuses a sheet's name %s that breaks Excel's syntax for names", async (name) => {
    const excel = new FakeExcel();
    excel.addSheet("Ark1");
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem("Ark1").names.add(name, "=TRUE");
      await expect(context.sync()).rejects.toMatchObject({ code: "InvalidArgument" });
    });
    expect(excel.sheet("Ark1").names.size).toBe(0);
  });

  it("keeps a sheet's names with it: the same name on two sheets, not twice on one, gone with its sheet", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Ark1");
    excel.addSheet("Ark2");
    await excel.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.getItem("Ark1").names.add("_Merke", "=TRUE").visible = false;
      worksheets.getItem("Ark2").names.add("_merke", "=TRUE");
      await context.sync();
      worksheets.getItem("Ark1").names.add("_MERKE", "=FALSE");
      await expect(context.sync()).rejects.toMatchObject({ code: "ItemAlreadyExists" });
      worksheets.getItem("Ark1").delete();
      const left = worksheets.getItem("Ark2").names.getItemOrNullObject("_Merke");
      left.load("visible");
      await context.sync();
      expect([left.isNullObject, left.visible]).toEqual([false, true]);
    });
    expect(excel.sheet("Ark2").names.get("_merke")?.formula).toBe("=TRUE");
    expect(excel.findSheet("Ark1")).toBeUndefined();
  });
});
