/**
 * @jest-environment jsdom
 */
import "./setup";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { OfficeWorkbook } from "../../src/host/office/officeWorkbook";
import { describeOffice } from "../../src/taskpane/host/describeOffice";
import type { Host } from "../../src/taskpane/host/host";
import { FakeExcel } from "../office/double/fakeExcel";
import { officeError } from "../office/double/officeError";
import { browserHostWith, FakePort, officeHostWith, sampleRegister } from "./fakeHost";
import { renderPane } from "./renderPane";

const VERSION = (JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")) as { version: string }).version;

/** Excel on the web that supports ExcelApi up to 1.12. */
const WEB_EXCEL = describeOffice({
  diagnostics: { host: "Excel", platform: "OfficeOnline", version: "16.0.17328.20162" },
  isSetSupported: (name, version) => name === "ExcelApi" && Number(version.split(".")[1]) <= 12,
});

function excelHost(port: FakePort | OfficeWorkbook): Host {
  return { ...officeHostWith(port), info: WEB_EXCEL };
}

async function openAbout(user = userEvent.setup()): Promise<HTMLElement> {
  await user.click(await screen.findByRole("button", { name: "Om tillegget" }));
  return screen.getByRole("region", { name: "Om tillegget" });
}

/** The value shown for a label in the list. */
function shown(region: HTMLElement, label: string): string {
  const term = within(region)
    .getAllByRole("term")
    .find((t) => t.textContent === label);
  return term?.nextElementSibling?.textContent ?? "";
}

describe("Om tillegget", () => {
  it("is closed until asked for, and tells version, host, platform, Office build and the ExcelApi sets", async () => {
    renderPane(excelHost(new FakePort(sampleRegister())));
    await screen.findByRole("heading", { name: "Nøkkeltall 2023-Q2" });
    expect(screen.queryByRole("region", { name: "Om tillegget" })).toBeNull();
    const about = await openAbout();
    expect(screen.getByRole("button", { name: "Om tillegget" }).getAttribute("aria-expanded")).toBe("true");
    expect(shown(about, "Versjon")).toBe(VERSION);
    expect(shown(about, "Kjører i")).toBe("Excel");
    expect(shown(about, "Plattform")).toBe("OfficeOnline");
    expect(shown(about, "Office-versjon")).toBe("16.0.17328.20162");
    expect(shown(about, "ExcelApi")).toBe("støttet: 1.1–1.12; mangler: 1.13–1.17");
    expect(shown(about, "Siste feil")).toBe("ingen");
  });

  it("shows the last error with Excel's code, after the pane met it", async () => {
    const excel = new FakeExcel();
    for (const s of sampleRegister()) {
      excel.addSheet(s.name, s.values as Array<Array<string | number | null>>);
    }
    // The first read and the read from the sheet list it falls back to are both refused.
    excel.rejectSync(1, officeError("AccessDenied", "Arbeidsboka er skrivebeskyttet."));
    excel.rejectSync(2, officeError("AccessDenied", "Arbeidsboka er skrivebeskyttet."));
    renderPane(excelHost(new OfficeWorkbook(excel.run)));
    expect((await screen.findByRole("group", { name: "Feil" })).textContent).toContain("Arbeidsboka er skrivebeskyttet.");
    const about = await openAbout();
    expect(shown(about, "Siste feil")).toMatch(/^AccessDenied: Arbeidsboka er skrivebeskyttet\. \(\d{4}-\d\d-\d\dT/);
  });

  it("copies all of it for a support request", async () => {
    // user-event puts a clipboard of its own on the page, which the test reads back.
    const user = userEvent.setup();
    renderPane(excelHost(new FakePort(sampleRegister())));
    const about = await openAbout(user);
    await user.click(within(about).getByRole("button", { name: "Kopier" }));
    await within(about).findByText("Kopiert. Lim det inn i henvendelsen din.");
    expect((await navigator.clipboard.readText()).split("\n")).toEqual([
      `E-helseporteføljen ${VERSION}`,
      `Versjon: ${VERSION}`,
      "Kjører i: Excel",
      "Plattform: OfficeOnline",
      "Office-versjon: 16.0.17328.20162",
      "ExcelApi: støttet: 1.1–1.12; mangler: 1.13–1.17",
      "Siste feil: ingen",
    ]);
  });

  it("says so when the clipboard cannot be reached, so the user copies the text by hand", async () => {
    const user = userEvent.setup();
    // A task pane frame without the Clipboard API, and jsdom has no copy command either.
    Object.defineProperty(navigator, "clipboard", { value: undefined, configurable: true });
    renderPane(excelHost(new FakePort(sampleRegister())));
    const about = await openAbout(user);
    await user.click(within(about).getByRole("button", { name: "Kopier" }));
    await within(about).findByText("Kunne ikke kopiere. Merk teksten over og kopier den selv.");
  });

  it("in the browser says there is no Excel, and in English when the pane is", async () => {
    const user = userEvent.setup();
    renderPane({
      ...browserHostWith(new FakePort(sampleRegister()), []),
      info: { host: "browser", platform: "Linux x86_64", excelApi: [] },
    });
    await user.click(screen.getByRole("button", { name: "Switch to English" }));
    await user.click(screen.getByRole("button", { name: "About" }));
    const about = screen.getByRole("region", { name: "About the add-in" });
    expect(shown(about, "Running in")).toBe("the browser (no Excel)");
    expect(shown(about, "Platform")).toBe("Linux x86_64");
    expect(within(about).queryByText("ExcelApi")).toBeNull();
  });
});

describe("what Office tells the pane", () => {
  it("is taken as Office gives it, and a requirement check that throws counts as unsupported", () => {
    const info = describeOffice({
      diagnostics: { host: "Excel", platform: "Mac", version: "16.78" },
      isSetSupported: (_name, version) => {
        if (version === "1.17") {
          throw new Error("unknown set");
        }
        return true;
      },
    });
    expect(info).toMatchObject({ host: "Excel", platform: "Mac", build: "16.78" });
    expect(info.excelApi).toHaveLength(17);
    expect(info.excelApi.filter((s) => !s.supported).map((s) => s.set)).toEqual(["1.17"]);
    expect(describeOffice({ isSetSupported: () => false })).toMatchObject({ host: "Excel", platform: "", build: undefined });
  });
});
