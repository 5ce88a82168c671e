/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import "./setup";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { parse } from "csv-parse/sync";
import JSZip from "jszip";
import { OfficeWorkbook } from "../../src/host/office/officeWorkbook";
import { renderPane } from "./renderPane";
import { FakeExcel } from "../office/double/fakeExcel";
import {
  browserToolsHost,
  excelHolding,
  excelToolsHost,
  importableRegister,
  load,
  officeToolsHost,
  registerWorkbook,
  xlsxFile,
  type Received,
} from "./templateFixtures";

async function openInBrowser(received: Received[], lang: "nb" | "en" = "nb"): Promise<HTMLElement> {
  const user = userEvent.setup();
  renderPane(browserToolsHost(await registerWorkbook(), received, lang));
  await user.upload(
    screen.getByLabelText(lang === "nb" ? "Åpne en arbeidsbok (.xlsx)" : "Open a workbook (.xlsx)"),
    xlsxFile(new Uint8Array(1), "register.xlsx"),
  );
  return screen.findByRole("region", { name: lang === "nb" ? "Rådet og nettsiden" : "Council and web page" });
}

describe("Rådet og nettsiden", () => {
  it("downloads the council workbook in the browser: the cover and the report sheets, nothing of the register", async () => {
    const user = userEvent.setup();
    const received: Received[] = [];
    const section = await openInBrowser(received);
    await user.click(within(section).getByRole("button", { name: "Eksporter til rådet" }));
    await within(section).findByText("Rådets arbeidsbok er lastet ned som radet-2023-Q2.xlsx.");
    expect(received.map((r) => r.name)).toEqual(["radet-2023-Q2.xlsx"]);
    const names = (await load(received[0].bytes)).worksheets.map((w) => w.name);
    expect(names).toEqual(expect.arrayContaining(["Oppsummering", "Status", "Risiko"]));
    expect(names.some((n) => ["Tiltak", "Rapporter", "Avhengigheter", "Kontroll"].includes(n))).toBe(false);
    const charts = Object.keys((await JSZip.loadAsync(received[0].bytes)).files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
    expect(charts.length).toBeGreaterThan(0);
  });

  it("downloads the web feed for the chosen period as one zip: summary JSON, and the initiatives as JSON and CSV", async () => {
    const user = userEvent.setup();
    const received: Received[] = [];
    const section = await openInBrowser(received, "en");
    await user.click(within(section).getByRole("button", { name: "Download web feed" }));
    await within(section).findByText(/^The web feed has been downloaded as web-feed-2023-Q2\.zip/);
    const zip = await JSZip.loadAsync(received[0].bytes);
    expect(Object.keys(zip.files).sort()).toEqual(["initiatives.csv", "initiatives.json", "summary.json"]);
    const summary = JSON.parse(await zip.file("summary.json")!.async("string"));
    expect([summary.format, summary.period, summary.initiatives.active]).toEqual([1, "2023-Q2", 2]);
    const csv = await zip.file("initiatives.csv")!.async("uint8array");
    expect([...csv.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parse<Record<string, string>>(new TextDecoder().decode(csv.slice(3)), { columns: true });
    expect(rows.map((r) => Object.values(r)[0]).sort()).toEqual(["T-1", "T-2", "T-3"]);
  });

  it("in Excel opens the council workbook as a new workbook instead", async () => {
    const user = userEvent.setup();
    const opened: Uint8Array[] = [];
    const received: Received[] = [];
    renderPane(officeToolsHost(new OfficeWorkbook(excelHolding(importableRegister()).run), opened, received));
    const section = await screen.findByRole("region", { name: "Rådet og nettsiden" });
    expect(within(section).getByText(/åpnes som en ny arbeidsbok/)).toBeTruthy();
    await user.click(within(section).getByRole("button", { name: "Eksporter til rådet" }));
    await within(section).findByText("Rådets arbeidsbok er åpnet som en ny arbeidsbok.");
    expect(received).toEqual([]);
    expect(opened).toHaveLength(1);
    expect((await load(opened[0])).worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(["Oppsummering"]));
  });

  it("in an Excel that cannot open it, downloads the council workbook instead and says why", async () => {
    const user = userEvent.setup();
    const creator = new FakeExcel();
    creator.excelApi = 7;
    const received: Received[] = [];
    renderPane(excelToolsHost(excelHolding(importableRegister()), received, { creator }));
    const section = await screen.findByRole("region", { name: "Rådet og nettsiden" });
    await user.click(within(section).getByRole("button", { name: "Eksporter til rådet" }));
    const notice = await within(section).findByText(/Rådets arbeidsbok er lastet ned som radet-2023-Q2\.xlsx\.$/);
    expect(notice.textContent).toMatch(/^Denne Excel-versjonen kan ikke åpne en ny arbeidsbok fra tillegget/);
    expect(received.map((r) => r.name)).toEqual(["radet-2023-Q2.xlsx"]);
    expect((await load(received[0].bytes)).worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(["Oppsummering"]));
  });
});
