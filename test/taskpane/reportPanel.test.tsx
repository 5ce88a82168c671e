/**
 * @jest-environment jsdom
 */
import "./setup";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { browserHostWith, FakePort, officeHostWith, sampleRegister } from "./fakeHost";
import { region, renderPane } from "./renderPane";

describe("Bygg rapport", () => {
  it("writes the report sheets into Excel's workbook and then opens Oppsummering", async () => {
    const user = userEvent.setup();
    const port = new FakePort(sampleRegister());
    renderPane(officeHostWith(port));
    await user.click(await screen.findByRole("button", { name: "Bygg rapport" }));
    // The register has an error (Tiltak!D4), and the notice says so rather than looking clean.
    await within(region("Rapport")).findByText(
      /^Rapporten er skrevet: Oppsummering, .*Kontroll\. Registeret har 1 feil: rapporten er laget likevel, og arket Kontroll i den viser dem\.$/,
    );
    expect(port.written).toHaveLength(1);
    expect(port.written[0].map((s) => s.name)).toEqual(expect.arrayContaining(["Oppsummering", "Kontroll"]));
    expect(port.selected).toEqual([["Oppsummering", "A1"]]);
    // The register's own sheets stay.
    expect(port.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(["Tiltak", "Rapporter"]));
  });

  it("builds the report for the chosen period", async () => {
    const user = userEvent.setup();
    const port = new FakePort(sampleRegister());
    renderPane(officeHostWith(port));
    await user.click(await screen.findByRole("combobox", { name: "Periode" }));
    await user.click(await screen.findByRole("option", { name: "2023-Q1" }));
    await user.click(screen.getByRole("button", { name: "Bygg rapport" }));
    await waitFor(() => expect(port.written).toHaveLength(1));
    const summary = port.written[0].find((s) => s.name === "Oppsummering");
    expect(JSON.stringify(summary?.values)).toContain("2023");
    expect(JSON.stringify(summary?.values)).toMatch(/Q1|K1|1\. kvartal/);
  });

  it("names the sheets in English when the pane is in English", async () => {
    const user = userEvent.setup();
    const port = new FakePort(sampleRegister());
    renderPane(officeHostWith(port, "en"));
    await user.click(await screen.findByRole("button", { name: "Build report" }));
    await waitFor(() => expect(port.selected).toEqual([["Summary", "A1"]]));
    expect(port.written[0].map((s) => s.name)).toEqual(expect.arrayContaining(["Summary", "Checks"]));
  });

  it("in the browser downloads the workbook with the report, named after the file and period", async () => {
    const user = userEvent.setup();
    const downloads: string[] = [];
    renderPane(browserHostWith(new FakePort(sampleRegister()), downloads));
    await user.upload(screen.getByLabelText("Åpne en arbeidsbok (.xlsx)"), new File(["x"], "Portefølje mai.xlsx"));
    await user.click(await screen.findByRole("button", { name: "Bygg rapport" }));
    await screen.findByText(/^Rapporten er lastet ned som Portefølje mai-rapport-2023-Q2\.xlsx\. Registeret har 1 feil/);
    expect(downloads).toEqual(["Portefølje mai-rapport-2023-Q2.xlsx"]);
  });

  it("shows a failed write as a message and keeps the pane usable", async () => {
    const user = userEvent.setup();
    const port = new FakePort(sampleRegister());
    port.writeReportSheets = async () => {
      throw new Error("Arket kan ikke legges til.");
    };
    renderPane(officeHostWith(port));
    await user.click(await screen.findByRole("button", { name: "Bygg rapport" }));
    const alert = await within(region("Rapport")).findByRole("group", { name: "Feil" });
    expect(alert.textContent).toContain("Arket kan ikke legges til.");
    expect(screen.getByRole("button", { name: "Bygg rapport" }).getAttribute("aria-disabled")).toBeNull();
  });
});
