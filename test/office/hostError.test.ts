import { a1 } from "../../src/core/cells";
import { OfficeWorkbook } from "../../src/host/office/officeWorkbook";
import { HostError } from "../../src/workbook/errors";
import { FakeExcel } from "./double/fakeExcel";
import { officeError } from "./double/officeError";
import { reportSheet } from "./reportSheetFixture";

function excelWithSheet(): FakeExcel {
  const excel = new FakeExcel();
  excel.addSheet("Tiltak", [
    ["ID", "Navn"],
    ["T-001", "EPJ-løftet"],
  ]);
  return excel;
}

const CALLS: Array<[string, (w: OfficeWorkbook) => Promise<unknown>]> = [
  ["readSheets", (w) => w.readSheets()],
  ["writeReportSheets", (w) => w.writeReportSheets([reportSheet("Oppsummering", [["Nøkkeltall"]])], ["Oppsummering"])],
  ["selectCell", (w) => w.selectCell("Tiltak", a1(2, 1))],
];

describe("errors from Excel", () => {
  it.each(CALLS)("reach the caller of %s as HostError with Excel's message", async (_name, call) => {
    const excel = excelWithSheet();
    const refusal = officeError("GeneralException", "Det oppstod en intern feil under behandling av forespørselen.");
    excel.rejectSync(1, refusal);
    const outcome = call(new OfficeWorkbook(excel.run));
    await expect(outcome).rejects.toBeInstanceOf(HostError);
    await expect(outcome).rejects.toMatchObject({ message: refusal.message, cause: refusal });
  });

  it("include Excel's refusal of a missing sheet when a finding points at one", async () => {
    const excel = excelWithSheet();
    const outcome = new OfficeWorkbook(excel.run).selectCell("Finnes ikke", a1(1, 1));
    await expect(outcome).rejects.toBeInstanceOf(HostError);
    await expect(outcome).rejects.toMatchObject({ cause: { code: "ItemNotFound" } });
  });

  it("are not swallowed halfway through a write: the rejection of a later sync surfaces too", async () => {
    const excel = excelWithSheet();
    excel.rejectSync(2, officeError("InvalidArgument", "The argument is invalid or missing or has an incorrect format."));
    const outcome = new OfficeWorkbook(excel.run).writeReportSheets([reportSheet("Oppsummering", [["Nøkkeltall"]])], []);
    await expect(outcome).rejects.toThrow("The argument is invalid or missing or has an incorrect format.");
  });
});
