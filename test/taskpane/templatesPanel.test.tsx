/**
 * @jest-environment jsdom
 * @jest-environment-options {"customExportConditions": ["node", "node-addons"]}
 */
import "./setup";
import "../office/double/templateFeatures";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import JSZip from "jszip";
import { OfficeWorkbook } from "../../src/host/office/officeWorkbook";
import { protections } from "../office/double/templateFeatures";
import { sampleRegister } from "./fakeHost";
import { renderPane } from "./renderPane";
import { FakeExcel } from "../office/double/fakeExcel";
import {
  browserToolsHost,
  createdWorkbooks,
  excelHolding,
  excelToolsHost,
  fillTemplate,
  importableRegister,
  load,
  officeToolsHost,
  registerWorkbook,
  templateFiles,
  xlsxFile,
  MACRO_MAIN,
  VBA_PROJECT,
  type Received,
} from "./templateFixtures";

async function templatesRegion(): Promise<HTMLElement> {
  return screen.findByRole("region", { name: "Maler og import" });
}

describe("Maler og import, in Excel", () => {
  it("opens all templates as one new workbook, a protected sheet per initiative not completed, for the next period", async () => {
    const user = userEvent.setup();
    const excel = excelHolding(sampleRegister());
    const received: Received[] = [];
    renderPane(excelToolsHost(excel, received));
    const section = await templatesRegion();
    expect(within(section).getByRole<HTMLInputElement>("radio", { name: "Én ny arbeidsbok med alle malene" }).checked).toBe(true);
    await user.click(within(section).getByRole("button", { name: "Lag maler for 2023-Q3" }));
    await within(section).findByText("3 maler for 2023-Q3 er åpnet i en ny arbeidsbok, ett ark per mal.");
    const [book, ...others] = await Promise.all(createdWorkbooks(excel).map(load));
    expect(others).toEqual([]);
    expect(book.worksheets.filter((w) => w.state === "visible").map((w) => w.name)).toEqual(["T-1 2023-Q3", "T-2 2023-Q3", "T-3 2023-Q3"]);
    expect(book.worksheets.filter((w) => w.state === "veryHidden")).toHaveLength(1);
    expect(received).toEqual([]);
  });

  it("on Excel for Mac, says where the new workbook went", async () => {
    const user = userEvent.setup();
    renderPane(excelToolsHost(excelHolding(sampleRegister()), [], { platform: "Mac" }));
    const section = await templatesRegion();
    await user.click(within(section).getByRole("button", { name: "Lag maler for 2023-Q3" }));
    await within(section).findByText(
      /^3 maler for 2023-Q3 er åpnet i en ny arbeidsbok, ett ark per mal\. Excel for Mac åpner den nye arbeidsboka bak dette vinduet/,
    );
  });

  it.each<[string, (creator: FakeExcel) => void, RegExp]>([
    ["lacks ExcelApi 1.8", (creator) => void (creator.excelApi = 7), /ExcelApi 1\.8 mangler/],
    ["refuses the file for its size", () => undefined, /for stor til å åpnes fra tillegget/],
  ])("downloads the zip of one file per initiative instead where Excel %s, and says why", async (_why, limit, reason) => {
    const user = userEvent.setup();
    const creator = new FakeExcel(10_000);
    limit(creator);
    const received: Received[] = [];
    renderPane(excelToolsHost(excelHolding(sampleRegister()), received, { creator }));
    const section = await templatesRegion();
    await user.click(within(section).getByRole("button", { name: "Lag maler for 2023-Q3" }));
    const notice = await within(section).findByText(/3 maler er lastet ned i maler-2023-Q3\.zip\.$/);
    expect(notice.textContent).toMatch(reason);
    expect(creator.createdWorkbooks).toEqual([]);
    expect(received.map((r) => r.name)).toEqual(["maler-2023-Q3.zip"]);
    expect(Object.keys((await JSZip.loadAsync(received[0].bytes)).files)).toHaveLength(3);
  });

  it("offers the zip of one file per initiative in Excel too: what the office sends to the contacts", async () => {
    const user = userEvent.setup();
    const excel = excelHolding(sampleRegister());
    const received: Received[] = [];
    renderPane(excelToolsHost(excel, received));
    const section = await templatesRegion();
    await user.click(within(section).getByRole("radio", { name: "Last ned som .zip, én fil per tiltak" }));
    await user.click(within(section).getByRole("button", { name: "Lag maler for 2023-Q3" }));
    await within(section).findByText("3 maler er lastet ned i maler-2023-Q3.zip.");
    expect(excel.createdWorkbooks).toEqual([]);
    expect(Object.keys((await JSZip.loadAsync(received[0].bytes)).files).sort()).toEqual(
      ["T-1 Mine timeavtaler 2023-Q3.xlsx", "T-2 EPJ-løftet 2023-Q3.xlsx", "T-3 Digital hjemmeoppfølging 2023-Q3.xlsx"].sort(),
    );
  });

  it("adds the templates as sheets in the register when the user chooses so", async () => {
    const user = userEvent.setup();
    const excel = excelHolding(sampleRegister());
    const opened: Uint8Array[] = [];
    renderPane(officeToolsHost(new OfficeWorkbook(excel.run), opened));
    const section = await templatesRegion();
    await user.click(within(section).getByRole("radio", { name: "Som ark i registeret" }));
    await user.click(within(section).getByRole("button", { name: "Lag maler for 2023-Q3" }));
    await within(section).findByText("3 maler for 2023-Q3 er lagt til som ark i registeret.");
    expect(opened).toEqual([]);
    expect(excel.sheets.map((s) => s.name)).toEqual(["Tiltak", "Rapporter", "_mal", "T-1 2023-Q3", "T-2 2023-Q3", "T-3 2023-Q3"]);
    expect(excel.sheet("_mal").visibility).toBe("VeryHidden");
    expect(protections.has(excel.sheet("T-2 2023-Q3"))).toBe(true);
  });

  it("imports the chosen templates: the valid one into the register, the broken one rejected with its findings", async () => {
    const user = userEvent.setup();
    const files = await templateFiles();
    const good = await fillTemplate(files.get("T-1")!, { Status: "Rød", Statusbegrunnelse: "Leverandøren er forsinket" });
    const bad = await fillTemplate(files.get("T-2")!, { Status: "Gronn" });
    const excel = excelHolding(importableRegister());
    renderPane(officeToolsHost(new OfficeWorkbook(excel.run), []));
    const section = await templatesRegion();
    await user.upload(within(section).getByLabelText("Velg utfylte maler (.xlsx)"), [
      xlsxFile(good, "T-1 fylt.xlsx"),
      xlsxFile(bad, "T-2 fylt.xlsx"),
    ]);
    // The notice says what came of it, and that the pane now shows the register with the import, for the new period.
    await within(section).findByText("1 importert, 1 avvist. Ruten viser nå registeret med importen, periode 2023-Q3.");
    const list = within(section).getByRole("list", { name: "Resultat per mal" });
    // One item per template; a rejected one's findings are a list inside it.
    const items = within(list)
      .getAllByRole("listitem")
      .filter((li) => li.parentElement === list);
    expect(items.map((li) => within(li).getByText(/^T-\d 2023-Q3$/).textContent)).toEqual(["T-1 2023-Q3", "T-2 2023-Q3"]);
    expect(within(items[0]).getByText(/^Importert \(\d+ rad(er)?\)$/)).toBeTruthy();
    expect(within(items[1]).getByText("Avvist")).toBeTruthy();
    expect(within(items[1]).getByText(/«Gronn»/)).toBeTruthy();
    // The register in Excel now holds T-1's answers for the new period, and the pane shows that period.
    const rows = excel.sheet("Rapporter").valuesIn({ top: 1, left: 1, bottom: 20, right: 5 });
    expect(rows.find((r) => r[0] === "T-1" && r[1] === "2023-Q3")?.slice(3, 5)).toEqual(["Rød", "Leverandøren er forsinket"]);
    expect(rows.some((r) => r[0] === "T-2" && r[1] === "2023-Q3")).toBe(false);
    await screen.findByRole("heading", { name: "Nøkkeltall 2023-Q3" });
  });
});

describe("Maler og import, in the browser", () => {
  it("downloads the templates as one zip of workbooks", async () => {
    const user = userEvent.setup();
    const received: Received[] = [];
    renderPane(browserToolsHost(await registerWorkbook(), received));
    await user.upload(screen.getByLabelText("Åpne en arbeidsbok (.xlsx)"), xlsxFile(new Uint8Array(1), "register.xlsx"));
    const section = await templatesRegion();
    expect(within(section).queryByRole("radiogroup")).toBeNull();
    await user.click(within(section).getByRole("button", { name: "Lag maler for 2023-Q3" }));
    await within(section).findByText("3 maler er lastet ned i maler-2023-Q3.zip.");
    expect(received.map((r) => r.name)).toEqual(["maler-2023-Q3.zip"]);
    const zip = await JSZip.loadAsync(received[0].bytes);
    const names = Object.keys(zip.files).sort();
    expect(names).toEqual(
      ["T-1 Mine timeavtaler 2023-Q3.xlsx", "T-2 EPJ-løftet 2023-Q3.xlsx", "T-3 Digital hjemmeoppfølging 2023-Q3.xlsx"].sort(),
    );
    const first = await load(await zip.file(names[0])!.async("uint8array"));
    expect(first.worksheets.some((w) => w.state === "visible" && / 2023-Q3$/.test(w.name))).toBe(true);
  });

  it("imports filled templates and offers the new register as a download; a file that is no workbook is listed with why", async () => {
    const user = userEvent.setup();
    const files = await templateFiles();
    const good = await fillTemplate(files.get("T-2")!, { Risiko: "Gul", Risikobegrunnelse: "Usikker finansiering" });
    const received: Received[] = [];
    renderPane(browserToolsHost(await registerWorkbook(), received));
    await user.upload(screen.getByLabelText("Åpne en arbeidsbok (.xlsx)"), xlsxFile(new Uint8Array(1), "register.xlsx"));
    const section = await templatesRegion();
    await user.upload(within(section).getByLabelText("Velg utfylte maler (.xlsx)"), [
      xlsxFile(good, "T-2.xlsx"),
      xlsxFile(new TextEncoder().encode("notater"), "notater.xlsx"),
    ]);
    // The pane now shows the downloaded register, under its name, and says which period it shows.
    await within(section).findByText(
      "1 importert, 1 avvist. Registeret med importen er lastet ned som register-importert.xlsx. Ruten viser nå register-importert.xlsx, periode 2023-Q3.",
    );
    expect(screen.getByText("Åpnet: register-importert.xlsx")).toBeTruthy();
    expect(within(section).getByText("notater.xlsx er ikke en Excel-arbeidsbok (.xlsx).")).toBeTruthy();
    await waitFor(() => expect(received.map((r) => r.name)).toEqual(["register-importert.xlsx"]));
    const register = await load(received[0].bytes);
    const rows: string[][] = [];
    register.getWorksheet("Rapporter")!.eachRow((row) => rows.push([1, 2, 6, 7].map((c) => row.getCell(c).text)));
    expect(rows).toContainEqual(["T-2", "2023-Q3", "Gul", "Usikker finansiering"]);
    expect(register.getWorksheet("Importlogg")).toBeDefined();
  });

  it("keeps a register with macros a macro workbook: the report and the imported register download as .xlsm, macros kept", async () => {
    const user = userEvent.setup();
    const files = await templateFiles();
    const good = await fillTemplate(files.get("T-2")!, { Risiko: "Gul", Risikobegrunnelse: "Usikker finansiering" });
    const received: Received[] = [];
    renderPane(browserToolsHost(await registerWorkbook({ macros: true }), received));
    await user.upload(screen.getByLabelText("Åpne en arbeidsbok (.xlsx)"), xlsxFile(new Uint8Array(1), "Portefølje.xlsm"));
    await user.click(await screen.findByRole("button", { name: "Bygg rapport" }));
    await screen.findByText(/^Rapporten er lastet ned som Portefølje-rapport-2023-Q2\.xlsm\./);
    const section = await templatesRegion();
    await user.upload(within(section).getByLabelText("Velg utfylte maler (.xlsx)"), [xlsxFile(good, "T-2.xlsx")]);
    await within(section).findByText(
      "1 importert, 0 avvist. Registeret med importen er lastet ned som Portefølje-importert.xlsm. Ruten viser nå Portefølje-importert.xlsm, periode 2023-Q3.",
    );
    expect(screen.getByText("Åpnet: Portefølje-importert.xlsm")).toBeTruthy();
    expect(received.map((r) => r.name)).toEqual(["Portefølje-rapport-2023-Q2.xlsm", "Portefølje-importert.xlsm"]);
    for (const { bytes } of received) {
      const zip = await JSZip.loadAsync(bytes);
      expect(await zip.file("[Content_Types].xml")!.async("string")).toContain(`ContentType="${MACRO_MAIN}"`);
      expect(Buffer.from(await zip.file("xl/vbaProject.bin")!.async("uint8array")).equals(Buffer.from(VBA_PROJECT))).toBe(true);
    }
  });
});
