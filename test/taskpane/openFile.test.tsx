/**
 * @jest-environment jsdom
 */
import "./setup";
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Host } from "../../src/taskpane/host/host";
import { UnusableInputError } from "../../src/workbook/errors";
import { browserHostWith, FakePort, sampleRegister } from "./fakeHost";
import { figureValue, renderPane } from "./renderPane";

describe("the standalone page", () => {
  it("starts with the file picker and nothing to check yet", () => {
    renderPane(browserHostWith(new FakePort(sampleRegister()), []));
    expect(screen.getByRole("heading", { name: "E-helseporteføljen", level: 1 })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Åpne .xlsx" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Kontroller" })).toBeNull();
  });

  it("opens the chosen file and shows the same views as in Excel", async () => {
    const user = userEvent.setup();
    renderPane(browserHostWith(new FakePort(sampleRegister()), []));
    await user.upload(screen.getByLabelText("Åpne en arbeidsbok (.xlsx)"), new File(["x"], "register.xlsx"));
    await screen.findByRole("heading", { name: "Nøkkeltall 2023-Q2" });
    expect(figureValue("Aktive tiltak")).toBe("2");
    expect(screen.getByText("Åpnet: register.xlsx")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Kontroller" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Bygg rapport" })).toBeTruthy();
  });

  it.each([
    ["not-xlsx", "notater.xlsx er ikke en Excel-arbeidsbok (.xlsx)."],
    ["encrypted", "notater.xlsx er passordbeskyttet eller en gammel .xls-fil; lagre den som .xlsx uten passord."],
  ] as const)("says in one plain line why a file is unusable (%s)", async (reason, line) => {
    const user = userEvent.setup();
    const host: Host = {
      ...browserHostWith(new FakePort([]), []),
      openFile: async (file) => {
        throw new UnusableInputError(reason, file.name);
      },
    };
    renderPane(host);
    await user.upload(screen.getByLabelText("Åpne en arbeidsbok (.xlsx)"), new File(["x"], "notater.xlsx"));
    expect((await screen.findByRole("group", { name: "Feil" })).textContent).toContain(line);
  });
});
