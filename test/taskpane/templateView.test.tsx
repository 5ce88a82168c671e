/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import "./setup";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { OfficeWorkbook } from "../../src/host/office/officeWorkbook";
import { FakePort, officeHostWith, sampleRegister } from "./fakeHost";
import { region, renderPane } from "./renderPane";
import { excelHolding, fillTemplate, inputAddress, sheetsOf, templateFiles } from "./templateFixtures";

describe("a filled report template open in the pane (the contact's view)", () => {
  let files: Map<string, Uint8Array>;

  beforeAll(async () => {
    files = await templateFiles();
  });

  it("says what the template is for, and offers the contact's check instead of the register's views", async () => {
    renderPane(officeHostWith(new FakePort(await sheetsOf(files.get("T-1")!))));
    const identity = await screen.findByRole("region", { name: "Rapportmal" });
    await within(identity).findByText("T-1 Mine timeavtaler");
    expect(within(identity).getByText("Helse Sør-Øst RHF")).toBeTruthy();
    expect(within(identity).getByText("2023-Q3")).toBeTruthy();
    expect(screen.getByRole("button", { name: "Kontroller rapporten min" })).toBeTruthy();
    expect(screen.queryByRole("heading", { name: /Nøkkeltall/ })).toBeNull();
    expect(screen.queryByRole("button", { name: "Opprett tomt register" })).toBeNull();
    // The register's actions are not offered here, and the pane says why.
    expect(screen.queryByRole("button", { name: "Bygg rapport" })).toBeNull();
    expect(within(identity).getByText("Rapport, maler og eksport lages fra porteføljeregisteret, ikke fra en rapportmal.")).toBeTruthy();
  });

  it("checks the report in Excel, and a finding takes the contact to its cell", async () => {
    const user = userEvent.setup();
    const filled = await fillTemplate(files.get("T-1")!, { Status: "Gronn" });
    const status = await inputAddress(filled, "Status");
    const excel = excelHolding(await sheetsOf(filled));
    renderPane(officeHostWith(new OfficeWorkbook(excel.run)));
    await user.click(await screen.findByRole("button", { name: "Kontroller rapporten min" }));
    const checks = region("Kontroll");
    await within(checks).findByText("1 feil, 0 advarsler");
    await user.click(within(checks).getByRole("button", { name: new RegExp(`${status.address}.*Gronn`) }));
    await waitFor(() => expect(excel.selection).toEqual({ sheet: status.sheet, address: status.address }));
  });

  it("tells the contact in English when the report is ready to send", async () => {
    const user = userEvent.setup();
    renderPane(officeHostWith(new FakePort(await sheetsOf(files.get("T-2")!)), "en"));
    await user.click(await screen.findByRole("button", { name: "Check my report" }));
    await screen.findByText("No errors. The report is ready to send to the portfolio office.");
    expect(within(region("Report template")).getByText("T-2 EPJ-løftet")).toBeTruthy();
  });

  it("keeps a register that holds template sheets a register", async () => {
    const sheets = [...sampleRegister(), ...(await sheetsOf(files.get("T-1")!))];
    renderPane(officeHostWith(new FakePort(sheets)));
    await screen.findByRole("heading", { name: "Nøkkeltall 2023-Q2" });
    expect(screen.queryByRole("button", { name: "Kontroller rapporten min" })).toBeNull();
  });
});
