import { createEmptyRegister } from "../../src/app/createEmptyRegister";
import { checkWorkbook } from "../../src/app/checkWorkbook";
import { OfficeWorkbook } from "../../src/host/office/officeWorkbook";
import { HostError } from "../../src/workbook/errors";
import { parseAddress } from "./double/addresses";
import { FakeExcel } from "./double/fakeExcel";

function blankWorkbook(): FakeExcel {
  const excel = new FakeExcel();
  excel.addSheet("Ark1");
  return excel;
}

describe("creating an empty register in the open workbook", () => {
  it("adds the register's sheets with headers and code lists, and the result checks without errors", async () => {
    const excel = blankWorkbook();
    const workbook = new OfficeWorkbook(excel.run);
    await createEmptyRegister(workbook, "nb");
    expect(excel.sheets.map((s) => s.name)).toEqual(["Ark1", "Tiltak", "Rapporter", "Avhengigheter", "Driftskostnader", "Kodeverk"]);
    expect(excel.sheet("Tiltak").valuesIn(parseAddress("A1:D1"))).toEqual([["ID", "Navn", "Eier", "Segment"]]);
    expect(excel.sheet("Tiltak").frozenRows).toBe(1);
    const { findings } = await checkWorkbook(workbook);
    expect(findings.filter((f) => f.severity === "error")).toEqual([]);
  });

  it("puts a dropdown from Kodeverk on coded columns and bounds the year", async () => {
    const excel = blankWorkbook();
    await createEmptyRegister(new OfficeWorkbook(excel.run), "nb");
    const segment = excel.sheet("Tiltak").validations.find((v) => v.rect.left === 4);
    expect(segment?.rule).toEqual({ list: { inCellDropDown: true, source: expect.stringMatching(/^='Kodeverk'!\$B\$\d+:\$B\$\d+$/) } });
    const year = excel.sheet("Driftskostnader").validations.find((v) => v.rect.left === 4);
    expect(year?.rule).toEqual({ wholeNumber: { operator: "Between", formula1: 2000, formula2: 2100 } });
  });

  it("is one sync with Excel held still, and Excel's refusal of a taken name reaches the caller", async () => {
    const excel = blankWorkbook();
    const workbook = new OfficeWorkbook(excel.run);
    await createEmptyRegister(workbook, "en");
    expect(excel.syncs).toHaveLength(1);
    expect([excel.syncs[0].calculationSuspended, excel.syncs[0].screenUpdatingSuspended]).toEqual([true, true]);
    await expect(createEmptyRegister(workbook, "en")).rejects.toBeInstanceOf(HostError);
  });
});
