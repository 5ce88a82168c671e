/**
 * @jest-environment jsdom
 */
import "./setup";
import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FakePort, officeHostWith, sampleRegister } from "./fakeHost";
import { figureValue, region, renderPane } from "./renderPane";

describe("the register view", () => {
  it("shows the key figures of the latest period when Excel's workbook is a register", async () => {
    renderPane(officeHostWith(new FakePort(sampleRegister())));
    await screen.findByRole("heading", { name: "Nøkkeltall 2023-Q2" });
    expect(figureValue("Aktive tiltak")).toBe("2");
    expect(figureValue("Rød status")).toBe("1");
    expect(figureValue("Rød risiko")).toBe("1");
    expect(figureValue("Kritiske avhengigheter")).toBe("0");
    expect(figureValue("Budsjett samstyring")).toBe("20 MNOK");
  });

  it("recomputes the figures for the period chosen in the picker", async () => {
    const user = userEvent.setup();
    renderPane(officeHostWith(new FakePort(sampleRegister())));
    const picker = await screen.findByRole("combobox", { name: "Periode" });
    await user.click(picker);
    await user.click(await screen.findByRole("option", { name: "2023-Q1" }));
    await screen.findByRole("heading", { name: "Nøkkeltall 2023-Q1" });
    expect(figureValue("Aktive tiltak")).toBe("1");
    expect(figureValue("Rød status")).toBe("0");
    expect(figureValue("Budsjett samstyring")).toBe("12,5 MNOK");
  });

  it("lists the periods newest first", async () => {
    const user = userEvent.setup();
    renderPane(officeHostWith(new FakePort(sampleRegister())));
    await user.click(await screen.findByRole("combobox", { name: "Periode" }));
    const options = await screen.findAllByRole("option");
    expect(options.map((o) => o.textContent)).toEqual(["2023-Q2", "2023-Q1"]);
  });

  it("speaks English when Office runs in English, with English number formats", async () => {
    renderPane(officeHostWith(new FakePort(sampleRegister()), "en"));
    await screen.findByRole("heading", { name: "Key figures 2023-Q2" });
    expect(figureValue("Active initiatives")).toBe("2");
    expect(screen.getByRole("combobox", { name: "Period" })).toBeTruthy();
    expect(region("Checks")).toBeTruthy();
    expect(region("Report")).toBeTruthy();
  });

  it("switches language from the header and marks the document's language for screen readers", async () => {
    const user = userEvent.setup();
    renderPane(officeHostWith(new FakePort(sampleRegister())));
    await screen.findByRole("heading", { name: "Nøkkeltall 2023-Q2" });
    await user.click(screen.getByRole("button", { name: "Switch to English" }));
    await screen.findByRole("heading", { name: "Key figures 2023-Q2" });
    await waitFor(() => expect(document.documentElement.lang).toBe("en"));
    await user.click(screen.getByRole("button", { name: "Bytt til norsk" }));
    await screen.findByRole("heading", { name: "Nøkkeltall 2023-Q2" });
    expect(document.documentElement.lang).toBe("nb");
  });

  it("shows a dash, read out as not available, for a figure the register cannot give", async () => {
    const sheets = sampleRegister();
    // A register whose Kodeverk renames the Status list has no "Rød" to count.
    sheets.push({
      name: "Kodeverk",
      origin: { row: 1, column: 1 },
      values: [
        ["Liste", "Kode"],
        ["Status", "OK"],
        ["Status", "Avvik"],
      ],
    });
    renderPane(officeHostWith(new FakePort(sheets)));
    await screen.findByRole("heading", { name: /Nøkkeltall/ });
    expect(figureValue("Rød status")).toBe("–ikke tilgjengelig");
  });
});
