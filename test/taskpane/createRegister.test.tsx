/**
 * @jest-environment jsdom
 */
import "./setup";
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { browserHostWith, FakePort, officeHostWith, sheet } from "./fakeHost";
import { renderPane } from "./renderPane";

const notARegister = () => [sheet("Ark1", [["Budsjett 2023"], [535.5]])];

describe("a workbook that is not a register", () => {
  it("is recognised, and the pane offers to create an empty register", async () => {
    renderPane(officeHostWith(new FakePort(notARegister())));
    expect(await screen.findByRole("heading", { name: "Denne arbeidsboka er ikke et porteføljeregister." })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Opprett tomt register" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Kontroller" })).toBeNull();
  });

  it("gets the register's sheets, and the pane then shows it as an empty register", async () => {
    const user = userEvent.setup();
    const port = new FakePort(notARegister());
    renderPane(officeHostWith(port));
    await user.click(await screen.findByRole("button", { name: "Opprett tomt register" }));
    await screen.findByText("Registeret er opprettet.");
    expect(port.sheets.map((s) => s.name)).toEqual(["Ark1", "Tiltak", "Rapporter", "Avhengigheter", "Driftskostnader", "Kodeverk"]);
    expect(screen.getByText("Registeret har ingen rapporter ennå.")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Kontroller" })).toBeTruthy();
  });

  it("gets English sheet names when the pane is in English", async () => {
    const user = userEvent.setup();
    const port = new FakePort(notARegister());
    renderPane(officeHostWith(port, "en"));
    await user.click(await screen.findByRole("button", { name: "Create empty register" }));
    await waitFor(() => expect(port.sheets.map((s) => s.name)).toContain("Initiatives"));
    expect(port.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(["Reports", "Dependencies", "OperatingCosts", "Codes"]));
  });

  it("is offered no button where the host cannot add sheets", async () => {
    renderPane(officeHostWith(new FakePort(notARegister(), false)));
    await screen.findByRole("heading", { name: "Denne arbeidsboka er ikke et porteføljeregister." });
    expect(screen.queryByRole("button", { name: "Opprett tomt register" })).toBeNull();
  });

  it("in the browser is downloaded as a new register file", async () => {
    const user = userEvent.setup();
    const downloads: string[] = [];
    renderPane(browserHostWith(new FakePort(notARegister()), downloads));
    await user.upload(screen.getByLabelText("Åpne en arbeidsbok (.xlsx)"), new File(["x"], "budsjett.xlsx"));
    await user.click(await screen.findByRole("button", { name: "Opprett tomt register" }));
    await screen.findByText("Registeret er opprettet og lastet ned som budsjett-register.xlsx.");
    expect(downloads).toEqual(["budsjett-register.xlsx"]);
  });
});
