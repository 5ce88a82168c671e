/**
 * @jest-environment jsdom
 */
import "./setup";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { OfficeWorkbook } from "../../src/host/office/officeWorkbook";
import { FakeExcel } from "../office/double/fakeExcel";
import { officeHostWith, sampleRegister } from "./fakeHost";
import { figureValue, region, renderPane } from "./renderPane";

/** The real Office.js adapter over the Excel double, holding the sample register. */
function excelWithSample(): FakeExcel {
  const excel = new FakeExcel();
  for (const s of sampleRegister()) {
    excel.addSheet(s.name, s.values as Array<Array<string | number | boolean | null>>);
  }
  return excel;
}

describe("the pane on the Office.js adapter (Excel double)", () => {
  it("shows the figures, and a clicked finding selects its cell on its sheet", async () => {
    const user = userEvent.setup();
    const excel = excelWithSample();
    renderPane(officeHostWith(new OfficeWorkbook(excel.run)));
    await screen.findByRole("heading", { name: "Nøkkeltall 2023-Q2" });
    expect(figureValue("Aktive tiltak")).toBe("2");
    await user.click(screen.getByRole("button", { name: "Kontroller" }));
    await user.click(await within(region("Kontroll")).findByRole("button", { name: /D4/ }));
    await waitFor(() => expect(excel.selection).toEqual({ sheet: "Tiltak", address: "D4" }));
    expect(excel.activeSheet).toBe("Tiltak");
  });

  it("writes the report sheets into the workbook and leaves Oppsummering open", async () => {
    const user = userEvent.setup();
    const excel = excelWithSample();
    renderPane(officeHostWith(new OfficeWorkbook(excel.run)));
    await user.click(await screen.findByRole("button", { name: "Bygg rapport" }));
    await within(region("Rapport")).findByText(/^Rapporten er skrevet/);
    expect(excel.sheets.map((s) => s.name)).toEqual(
      expect.arrayContaining(["Tiltak", "Rapporter", "Oppsummering", "Status", "Risiko", "Kontroll"]),
    );
    expect(excel.activeSheet).toBe("Oppsummering");
    expect(excel.selection).toEqual({ sheet: "Oppsummering", address: "A1" });
  });

  it("leaves a sheet of the user's named Status alone, and says which sheet is in the way and what to do", async () => {
    const user = userEvent.setup();
    const excel = excelWithSample();
    excel.addSheet("Status", [["Våre egne statusnotater"]]);
    const before = excel.sheets.map((s) => s.name);
    renderPane(officeHostWith(new OfficeWorkbook(excel.run)));
    await user.click(await screen.findByRole("button", { name: "Bygg rapport" }));
    const alert = await within(region("Rapport")).findByRole("group", { name: "Feil" });
    expect(alert.textContent).toContain("Arbeidsboka har allerede et ark som heter Status. Gi arket et annet navn, og prøv igjen.");
    expect(excel.sheets.map((s) => s.name)).toEqual(before);
    expect(excel.sheet("Status").cell(1, 1)?.value).toBe("Våre egne statusnotater");
  });

  it("turns a blank workbook into an empty register", async () => {
    const user = userEvent.setup();
    const excel = new FakeExcel();
    excel.addSheet("Ark1");
    renderPane(officeHostWith(new OfficeWorkbook(excel.run)));
    await user.click(await screen.findByRole("button", { name: "Opprett tomt register" }));
    await screen.findByText("Registeret er opprettet.");
    expect(excel.sheets.map((s) => s.name)).toEqual(["Ark1", "Tiltak", "Rapporter", "Avhengigheter", "Driftskostnader", "Kodeverk"]);
    expect(screen.getByRole("button", { name: "Kontroller" })).toBeTruthy();
  });
});
