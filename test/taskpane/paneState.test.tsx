/**
 * @jest-environment jsdom
 */
import "./setup";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Host, OpenWorkbook } from "../../src/taskpane/host/host";
import { UnusableInputError } from "../../src/workbook/errors";
import { browserHostWith, FakePort, jobsOn, officeHostWith, sampleRegister, sheet } from "./fakeHost";
import { figureValue, region, renderPane } from "./renderPane";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** A register with its sheets and headers but no reports yet: nothing to report on. */
const emptyRegister = () => [
  sheet("Tiltak", [["ID", "Navn", "Eier", "Segment", "Hovedmål"]]),
  sheet("Rapporter", [["ID", "Periode", "Fase", "Status", "Statusbegrunnelse", "Risiko", "Risikobegrunnelse", "Budsjett"]]),
];

/** The browser, with the file tools a real browser host has (so the exports are offered). */
function browserWithFiles(port: FakePort, downloads: string[]): Host {
  const open = async (file: File): Promise<OpenWorkbook> => ({
    jobs: jobsOn(port, {
      tools: async () => {
        throw new Error("not needed");
      },
      save: async () => ({ data: new Uint8Array([1]), extension: ".xlsx" }),
    }),
    name: file.name,
    file: { lastModified: file.lastModified },
  });
  return { ...browserHostWith(port, downloads), openFile: open };
}

async function open(user: ReturnType<typeof userEvent.setup>, name = "register.xlsx") {
  await user.upload(screen.getByLabelText("Åpne en arbeidsbok (.xlsx)"), new File(["x"], name, { type: XLSX }));
}

/** mai.xlsx open in the browser, and Bygg rapport pressed on it; the report waits for `release`. */
async function buildHeld(user: ReturnType<typeof userEvent.setup>): Promise<{ downloads: string[]; release: () => void }> {
  const port = new FakePort(sampleRegister());
  const downloads: string[] = [];
  renderPane(browserHostWith(port, downloads));
  await open(user, "mai.xlsx");
  let release: () => void = () => undefined;
  port.gate = new Promise<void>((resolve) => (release = resolve));
  await user.click(await screen.findByRole("button", { name: "Bygg rapport" }));
  return { downloads, release };
}

describe("the pane says what state it is in", () => {
  it("shows the check's result with the key figures as soon as a register opens, and a link to the findings", async () => {
    const user = userEvent.setup();
    renderPane(officeHostWith(new FakePort(sampleRegister())));
    const figures = await screen.findByRole("region", { name: "Nøkkeltall 2023-Q2" });
    expect(within(figures).getByText(/^Kontrollen fant 1 feil og 2 advarsler\./)).toBeTruthy();
    // The findings are listed already, without pressing Kontroller.
    expect(within(region("Kontroll")).getByRole("button", { name: /D4.*Samstyrng/ })).toBeTruthy();
    await user.click(within(figures).getByRole("button", { name: "Vis funnene" }));
    expect(document.activeElement).toBe(within(region("Kontroll")).getByRole("heading", { name: "Kontroll" }));
  });

  it("says a register without errors has none, and counts its warnings", async () => {
    const port = new FakePort(sampleRegister());
    port.sheets[0].values[3][3] = "Samstyring";
    port.sheets.push(sheet("Avhengigheter", [["ID", "Periode", "Avhengighet", "Kategori", "Kritikalitet", "Status", "Frist"]]));
    renderPane(officeHostWith(port));
    const figures = await screen.findByRole("region", { name: "Nøkkeltall 2023-Q2" });
    expect(within(figures).getByText("Kontrollen fant ingen feil, men 1 advarsel.")).toBeTruthy();
  });

  it("disables what an empty register cannot do, with the reason beside it", async () => {
    const user = userEvent.setup();
    const downloads: string[] = [];
    renderPane(browserWithFiles(new FakePort(emptyRegister()), downloads));
    await open(user, "tom.xlsx");
    await screen.findByText("Registeret har ingen rapporter ennå.");
    const reason = "Registeret har ingen rapporter ennå, så det finnes ingen periode å lage dette for.";
    for (const name of ["Bygg rapport", "Eksporter til rådet", "Last ned web-feed"]) {
      const button = screen.getByRole("button", { name });
      expect(button.getAttribute("aria-disabled")).toBe("true");
      expect(document.getElementById(button.getAttribute("aria-describedby") ?? "")?.textContent).toBe(reason);
      await user.click(button);
    }
    const templates = screen.getByRole("button", { name: "Lag maler for –" });
    expect(templates.getAttribute("aria-disabled")).toBe("true");
    expect(document.getElementById(templates.getAttribute("aria-describedby") ?? "")?.textContent).toBe(
      "Registeret har ingen periode å lage maler fra ennå.",
    );
    // Clicked anyway: nothing is made, nothing downloaded (no more tom-rapport-.xlsx).
    expect(downloads).toEqual([]);
  });

  it("keeps the open register when the next file cannot be used, and says what to do", async () => {
    const user = userEvent.setup();
    const good = browserHostWith(new FakePort(sampleRegister()), []);
    const host: Host = {
      ...good,
      openFile: async (file) => {
        if (file.name === "notater.xlsx") {
          throw new UnusableInputError("not-xlsx", file.name);
        }
        return good.openFile!(file);
      },
    };
    renderPane(host);
    await open(user, "register.xlsx");
    await screen.findByRole("heading", { name: "Nøkkeltall 2023-Q2" });
    await open(user, "notater.xlsx");
    const failure = await screen.findByRole("group", { name: "Feil" });
    expect(failure.textContent).toContain(
      "notater.xlsx er ikke en Excel-arbeidsbok (.xlsx). " +
        "Velg en annen fil, eller åpne denne i Excel og lagre den som Excel-arbeidsbok (.xlsx). register.xlsx er fortsatt åpen.",
    );
    expect(figureValue("Aktive tiltak")).toBe("2");
    expect(screen.getByText("Åpnet: register.xlsx")).toBeTruthy();
  });

  it("Cancel stops a report before anything is downloaded, and puts focus back on Bygg rapport", async () => {
    const user = userEvent.setup();
    const port = new FakePort(sampleRegister());
    const downloads: string[] = [];
    renderPane(browserHostWith(port, downloads));
    await open(user);
    const build = await screen.findByRole("button", { name: "Bygg rapport" });
    let release: () => void = () => undefined;
    port.gate = new Promise<void>((resolve) => (release = resolve));
    await user.click(build);
    const panel = within(region("Rapport"));
    await panel.findByRole("progressbar", { name: "Leser registeret …" });
    await user.click(panel.getByRole("button", { name: "Avbryt" }));
    release();
    await panel.findByText("Avbrutt. Ingenting er skrevet eller lastet ned.");
    expect(downloads).toEqual([]);
    expect(panel.queryByRole("progressbar")).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole("button", { name: "Bygg rapport" }));
  });

  it("while a report is built, opening another file asks first: waiting lets the report finish under its own file's name", async () => {
    const user = userEvent.setup();
    const { downloads, release } = await buildHeld(user);
    await user.click(screen.getByRole("button", { name: "Åpne .xlsx" }));
    const dialog = await screen.findByRole("alertdialog", { name: "«Bygg rapport» er ikke ferdig" });
    await user.click(await within(dialog).findByRole("button", { name: "Vent" }));
    expect(screen.queryByRole("alertdialog")).toBeNull();
    release();
    await screen.findByText(/^Rapporten er lastet ned som mai-rapport-2023-Q2\.xlsx\./);
    expect(downloads).toEqual(["mai-rapport-2023-Q2.xlsx"]);
  });

  it("while a report is built, cancelling it to open another file downloads nothing", async () => {
    const user = userEvent.setup();
    const { downloads, release } = await buildHeld(user);
    const input = screen.getByLabelText<HTMLInputElement>("Åpne en arbeidsbok (.xlsx)");
    const chooser = jest.fn();
    input.addEventListener("click", chooser);
    await user.click(screen.getByRole("button", { name: "Åpne .xlsx" }));
    const dialog = await screen.findByRole("alertdialog");
    await user.click(await within(dialog).findByRole("button", { name: "Avbryt og åpne en annen fil" }));
    release();
    // The file chooser opens once the report has stopped; the report never arrives.
    await waitFor(() => expect(chooser).toHaveBeenCalled());
    await within(region("Rapport")).findByText("Avbrutt. Ingenting er skrevet eller lastet ned.");
    expect(downloads).toEqual([]);
  });
});

describe("in Excel", () => {
  it("Cancel before the write leaves Excel's workbook as it was", async () => {
    const user = userEvent.setup();
    const port = new FakePort(sampleRegister());
    renderPane(officeHostWith(port));
    const build = await screen.findByRole("button", { name: "Bygg rapport" });
    let release: () => void = () => undefined;
    port.gate = new Promise<void>((resolve) => (release = resolve));
    await user.click(build);
    const panel = within(region("Rapport"));
    await user.click(await panel.findByRole("button", { name: "Avbryt" }));
    release();
    await panel.findByText("Avbrutt. Ingenting er skrevet eller lastet ned.");
    expect(port.written).toEqual([]);
    expect(port.selected).toEqual([]);
  });

  it("offers no Cancel once Excel's workbook is being written: a write there is finished, not left half-done", async () => {
    const user = userEvent.setup();
    const port = new FakePort(sampleRegister());
    let release: () => void = () => undefined;
    const writing = new Promise<void>((resolve) => (release = resolve));
    const write = port.writeReportSheets.bind(port);
    port.writeReportSheets = async (sheets, replace) => {
      await writing;
      return write(sheets, replace);
    };
    renderPane(officeHostWith(port));
    await user.click(await screen.findByRole("button", { name: "Bygg rapport" }));
    const panel = within(region("Rapport"));
    await panel.findByRole("progressbar", { name: "Skriver …" });
    expect(panel.queryByRole("button", { name: "Avbryt" })).toBeNull();
    release();
    await panel.findByText(/^Rapporten er skrevet/);
    expect(port.written).toHaveLength(1);
  });
});
