/**
 * @jest-environment jsdom
 */
import "./setup";
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { HostError } from "../../src/workbook/errors";
import { FakePort, officeHostWith, sampleRegister } from "./fakeHost";
import { figureValue, renderPane } from "./renderPane";

describe("the pane inside Excel", () => {
  it("reads the open workbook at start, with no file picker", async () => {
    const port = new FakePort(sampleRegister());
    renderPane(officeHostWith(port));
    await screen.findByRole("heading", { name: "Nøkkeltall 2023-Q2" });
    expect(port.reads).toBe(1);
    expect(screen.queryByRole("button", { name: "Åpne .xlsx" })).toBeNull();
  });

  it("shows why the first read failed and lets the user read again", async () => {
    const user = userEvent.setup();
    const port = new FakePort(sampleRegister());
    port.gate = Promise.reject(new HostError("Excel er opptatt med å redigere en celle."));
    port.gate.catch(() => undefined);
    renderPane(officeHostWith(port));
    expect((await screen.findByRole("group", { name: "Feil" })).textContent).toContain("Excel er opptatt med å redigere en celle.");
    port.gate = undefined;
    await user.click(screen.getByRole("button", { name: "Les arbeidsboka på nytt" }));
    await screen.findByRole("heading", { name: "Nøkkeltall 2023-Q2" });
    expect(figureValue("Aktive tiltak")).toBe("2");
    expect(screen.queryByRole("group", { name: "Feil" })).toBeNull();
  });
});
