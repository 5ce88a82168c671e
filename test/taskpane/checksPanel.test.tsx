/**
 * @jest-environment jsdom
 */
import "./setup";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { HostError } from "../../src/workbook/errors";
import { browserHostWith, FakePort, officeHostWith, sampleRegister } from "./fakeHost";
import { region, renderPane } from "./renderPane";

async function runCheck(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole("button", { name: "Kontroller" }));
  return within(region("Kontroll"));
}

describe("Kontroller", () => {
  it("groups the findings by sheet, the sheet with errors first, and names the error's cell", async () => {
    const user = userEvent.setup();
    renderPane(officeHostWith(new FakePort(sampleRegister())));
    const panel = await runCheck(user);
    const headings = await panel.findAllByRole("heading", { level: 3 });
    // Alphabetically Avhengigheter would come first; Tiltak has the only error.
    expect(headings[0].textContent).toMatch(/^Tiltak/);
    expect(headings.map((h) => h.textContent)).toEqual(expect.arrayContaining([expect.stringMatching(/^Avhengigheter.*advarsel/)]));
    const error = panel.getByRole("button", { name: /Feil\s*D4.*Samstyrng/ });
    expect(error).toBeTruthy();
  });

  it("selects the finding's cell in Excel when it is clicked", async () => {
    const user = userEvent.setup();
    const port = new FakePort(sampleRegister());
    renderPane(officeHostWith(port));
    const panel = await runCheck(user);
    await user.click(await panel.findByRole("button", { name: /D4/ }));
    await waitFor(() => expect(port.selected).toEqual([["Tiltak", "D4"]]));
  });

  it("can be operated from the keyboard alone", async () => {
    const user = userEvent.setup();
    const port = new FakePort(sampleRegister());
    renderPane(officeHostWith(port));
    const check = await screen.findByRole("button", { name: "Kontroller" });
    check.focus();
    await user.keyboard("{Enter}");
    const finding = await within(region("Kontroll")).findByRole("button", { name: /D4/ });
    finding.focus();
    await user.keyboard("{Enter}");
    await waitFor(() => expect(port.selected).toEqual([["Tiltak", "D4"]]));
  });

  it("reads the workbook again, so a corrected cell no longer shows", async () => {
    const user = userEvent.setup();
    const port = new FakePort(sampleRegister());
    renderPane(officeHostWith(port));
    const panel = await runCheck(user);
    await panel.findByRole("button", { name: /D4/ });
    port.sheets[0].values[3][3] = "Samstyring";
    await user.click(screen.getByRole("button", { name: "Kontroller" }));
    await waitFor(() => expect(panel.queryByRole("button", { name: /D4/ })).toBeNull());
    expect(panel.getByText(/^Kontroll for 2023-Q2: 0 feil/)).toBeTruthy();
  });

  it("in the browser shows where a finding is, since there is no Excel to go to", async () => {
    const user = userEvent.setup();
    renderPane(browserHostWith(new FakePort(sampleRegister()), []));
    await user.upload(screen.getByLabelText("Åpne en arbeidsbok (.xlsx)"), new File(["x"], "register.xlsx"));
    const panel = await runCheck(user);
    const item = (await panel.findAllByRole("listitem")).find((li) => /D4/.test(li.textContent ?? ""));
    expect(item).toBeDefined();
    expect(within(item as HTMLElement).queryByRole("button")).toBeNull();
    expect(within(item as HTMLElement).getByTitle("Celle Tiltak!D4")).toBeTruthy();
  });

  it("shows progress while a slow check runs", async () => {
    const user = userEvent.setup();
    const port = new FakePort(sampleRegister());
    renderPane(officeHostWith(port));
    await screen.findByRole("button", { name: "Kontroller" });
    let release: () => void = () => undefined;
    port.gate = new Promise<void>((resolve) => (release = resolve));
    await user.click(screen.getByRole("button", { name: "Kontroller" }));
    // The bar names its step; the button stays focusable but does nothing while the check runs.
    const bar = await screen.findByRole("progressbar", { name: "Leser registeret …" }, { timeout: 3000 });
    expect(bar).toBeTruthy();
    expect(screen.getByRole("button", { name: "Kontroller" }).getAttribute("aria-disabled")).toBe("true");
    release();
    await waitFor(() => expect(screen.queryByRole("progressbar")).toBeNull());
    expect(screen.getByRole("button", { name: "Kontroller" }).getAttribute("aria-disabled")).toBeNull();
  });

  it("shows Excel's own message when Excel refuses the read", async () => {
    const user = userEvent.setup();
    const port = new FakePort(sampleRegister());
    renderPane(officeHostWith(port));
    await screen.findByRole("button", { name: "Kontroller" });
    port.gate = Promise.reject(new HostError("Arbeidsboka er låst for redigering."));
    port.gate.catch(() => undefined);
    await user.click(screen.getByRole("button", { name: "Kontroller" }));
    const alert = await screen.findByRole("group", { name: "Feil" });
    expect(alert.textContent).toContain("Arbeidsboka er låst for redigering.");
  });
});
