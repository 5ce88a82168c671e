/**
 * @jest-environment jsdom
 */
import "./setup";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FakePort, officeHostWith, sheet } from "./fakeHost";
import { region, renderPane } from "./renderPane";

/** Three active initiatives in 2023-Q1; in 2023-Q2 only the first reports, the third has no contact. */
function roundRegister() {
  return [
    sheet("Tiltak", [
      ["ID", "Navn", "Eier", "Segment", "Hovedmål", "Kontakt"],
      ["T-1", "Anmeldt", "Helse Sør-Øst RHF", "Orientering", 1, "a@example.no"],
      ["T-2", "Borte", "Helse Vest RHF", "Orientering", 2, "b@example.no"],
      ["T-3", "Ceremoni", "Helsedirektoratet", "Orientering", 3, null],
    ]),
    sheet("Rapporter", [
      ["ID", "Periode", "Fase", "Status"],
      ["T-1", "2023-Q1", "Aktiv", "Grønn"],
      ["T-2", "2023-Q1", "Aktiv", "Grønn"],
      ["T-3", "2023-Q1", "Aktiv", "Grønn"],
      ["T-1", "2023-Q2", "Aktiv", "Grønn"],
    ]),
  ];
}

describe("Purring in the pane", () => {
  it("names how many have not reported, shows their contacts' addresses and an e-mail with them in BCC", async () => {
    renderPane(officeHostWith(new FakePort(roundRegister())));
    await screen.findByRole("heading", { name: "Purring" });
    const purring = region("Purring");
    expect(within(purring).getByText("2 aktive tiltak har ikke rapportert for 2023-Q2.")).toBeTruthy();
    expect(within(purring).getByRole<HTMLTextAreaElement>("textbox", { name: "Kontaktenes adresser" }).value).toBe("b@example.no");
    const mail = within(purring).getByRole("link", { name: "Skriv e-post med adressene som blindkopi" });
    const href = mail.getAttribute("href") ?? "";
    expect(href.startsWith("mailto:?bcc=b%40example.no&subject=")).toBe(true);
    const body = decodeURIComponent(/body=([^&]*)/.exec(href)![1]);
    expect(body).toMatch(/^Hei,\r\n\r\nVi minner om rapporteringen til den nasjonale e-helseporteføljen for 2023-Q2\./);
    expect(within(purring).getByText("Uten kontakt i Tiltak: Ceremoni.")).toBeTruthy();
  });

  it("copies the addresses to the clipboard", async () => {
    const user = userEvent.setup();
    renderPane(officeHostWith(new FakePort(roundRegister())));
    await screen.findByRole("heading", { name: "Purring" });
    await user.click(within(region("Purring")).getByRole("button", { name: "Kopier adressene" }));
    await within(region("Purring")).findByText("Adressene er kopiert.");
    expect(await navigator.clipboard.readText()).toBe("b@example.no");
  });

  it("says everyone has reported for a period without gaps, in English too", async () => {
    const user = userEvent.setup();
    renderPane(officeHostWith(new FakePort(roundRegister()), "en"));
    await screen.findByRole("heading", { name: "Reminders" });
    expect(within(region("Reminders")).getByText("2 active initiatives have not reported for 2023-Q2.")).toBeTruthy();
    await user.click(screen.getByRole("combobox", { name: "Period" }));
    await user.click(await screen.findByRole("option", { name: "2023-Q1" }));
    await within(region("Reminders")).findByText("Every active initiative has reported for 2023-Q1.");
  });
});
