/**
 * @jest-environment node
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Page } from "playwright-core";
import { buildReport } from "../../src/app/buildReport";
import { checkWorkbook } from "../../src/app/checkWorkbook";
import { exportCouncil } from "../../src/app/exportCouncil";
import { prepareTemplates } from "../../src/app/templates";
import type { IsoDate } from "../../src/core/register/dates";
import type { Period } from "../../src/core/register/period";
import { createCouncilWorkbook } from "../../src/host/file/councilWorkbook";
import { FileWorkbook } from "../../src/host/file/fileWorkbook";
import { writeTemplateWorkbook } from "../../src/host/file/writeTemplate";
import { DIST, ROOT } from "./buildDist";
import { contrastFailures } from "./checkContrast";
import type { Chromium } from "./launchChromium";
import { openPaneBrowser, type PaneBrowser } from "./paneBrowser";
import type { StaticServer } from "./serveDist";

const SAMPLE = join(ROOT, "assets", "sample-portfolio.xlsx");
const SHOTS = join(ROOT, "out", "screenshots");
const START_UP_BUDGET_GZIP = 200 * 1024;

// The production build alone takes minutes on a shared two-core machine.
jest.setTimeout(20 * 60_000);

let server: StaticServer;
let chromium: Chromium;
let browser: PaneBrowser | undefined;

beforeAll(async () => {
  browser = await openPaneBrowser();
  ({ server, chromium } = browser);
});

afterAll(async () => {
  await browser?.close();
});

/** The pane in a new page; `watch` is attached before the page loads (the file worker fetches its chunks as soon as the pane is drawn). */
async function openPane(watch?: (page: Page) => void): Promise<Page> {
  const page = await chromium.context.newPage();
  watch?.(page);
  await page.goto(`${server.url}/taskpane.html`);
  await page.getByRole("heading", { name: "E-helseporteføljen", level: 1 }).waitFor();
  return page;
}

/** The scripts a page (and its file worker) fetches from now on, by file name (the lazily loaded chunks among them). */
function fetchedScripts(page: Page): string[] {
  const names: string[] = [];
  page.on("request", (r) => {
    const name = new URL(r.url()).pathname.split("/").pop() ?? "";
    // A worker's own imports are reported as "other".
    if (["script", "other"].includes(r.resourceType()) && name.endsWith(".js")) {
      names.push(name);
    }
  });
  return names;
}

/** The value shown under a key figure's label. */
async function figure(page: Page, label: string): Promise<string> {
  const value = page.locator("dt", { hasText: label }).locator("xpath=following-sibling::dd[1]");
  await value.waitFor();
  return (await value.innerText()).trim();
}

/** What the command line's path (the same core on exceljs in Node) makes of the sample. */
async function expectedFromNode() {
  const port = await FileWorkbook.open(new Uint8Array(readFileSync(SAMPLE)), "sample-portfolio.xlsx");
  const { findings } = await checkWorkbook(port);
  const report = await buildReport(port, { lang: "nb" });
  const charts = Object.keys((await JSZip.loadAsync(await port.save())).files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
  return {
    errors: findings.filter((f) => f.severity === "error").length,
    warnings: findings.filter((f) => f.severity === "warning").length,
    summary: report.summary,
    sheets: report.sheets,
    charts: charts.length,
  };
}

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** A template for a contact, made from the sample as the templates command makes it. */
async function sampleTemplate(id: string): Promise<{ name: string; mimeType: string; buffer: Buffer }> {
  const port = await FileWorkbook.open(new Uint8Array(readFileSync(SAMPLE)), "sample-portfolio.xlsx");
  const { books } = await prepareTemplates(port, { period: "2023-Q3" as Period, lang: "nb", ids: [id] });
  return { name: books[0].templates[0].fileName, mimeType: XLSX_TYPE, buffer: Buffer.from(await writeTemplateWorkbook(books[0])) };
}

/** The council workbook's sheets and chart count as the command line's path makes them from the sample. */
async function councilFromNode(): Promise<{ sheets: string[]; charts: number; templates: number }> {
  const register = await FileWorkbook.open(new Uint8Array(readFileSync(SAMPLE)), "sample-portfolio.xlsx");
  const council = createCouncilWorkbook();
  const { sheets } = await exportCouncil(register, council, { lang: "nb", source: "sample-portfolio.xlsx", made: "2023-06-01" as IsoDate });
  const charts = Object.keys((await JSZip.loadAsync(await council.save())).files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
  const { books } = await prepareTemplates(register, { lang: "nb" });
  return { sheets, charts: charts.length, templates: books.length };
}

describe("the standalone page from the production build", () => {
  it("starts with less than 200 KB of gzipped JavaScript (office.js aside)", () => {
    const html = readFileSync(join(DIST, "taskpane.html"), "utf8");
    const scripts = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)].map((m) => m[1]).filter((src) => !/^https?:/.test(src));
    expect(scripts.length).toBeGreaterThan(0);
    const gzipped = scripts.reduce((sum, src) => sum + gzipSync(readFileSync(join(DIST, src)), { level: 9 }).length, 0);
    expect(gzipped).toBeLessThan(START_UP_BUDGET_GZIP);
  });

  it("opens the sample register, shows its figures, checks it and downloads the report with its charts", async () => {
    const expected = await expectedFromNode();
    let scripts: string[] = [];
    const page = await openPane((p) => (scripts = fetchedScripts(p)));
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, "taskpane-start-nb.png"), fullPage: true });
    await page.locator('input[type="file"]').setInputFiles(SAMPLE);

    expect(await figure(page, "Aktive tiltak")).toBe("37");
    // A register is read in the file worker by the package layer alone: exceljs (for new template workbooks) stays unfetched.
    expect(scripts.some((s) => /^file-worker\.[0-9a-f]+\.js$/.test(s))).toBe(true);
    expect(scripts.some((s) => /^workbook\.[0-9a-f]+\.js$/.test(s))).toBe(true);
    expect(scripts.filter((s) => /exceljs|template-writer/.test(s))).toEqual([]);
    expect(await figure(page, "Rød status")).toBe(String(expected.summary.status.current["Rød"]));
    expect(await figure(page, "Kritiske avhengigheter")).toBe(String(expected.summary.dependencies.criticalRed.length));
    expect(await page.getByRole("combobox", { name: "Periode" }).innerText()).toContain(expected.summary.period);

    await page.getByRole("button", { name: "Kontroller" }).click();
    const result = page.getByText(/\d+ feil, \d+ advarsl/);
    await result.waitFor();
    expect(await result.innerText()).toBe(
      `Kontroll for ${expected.summary.period}: ${expected.errors} feil, ${expected.warnings} ${expected.warnings === 1 ? "advarsel" : "advarsler"}`,
    );
    // In the browser a finding says where it is; there is no Excel to take the user there.
    const items = page.getByRole("listitem").filter({ hasText: /^(Feil|Advarsel)/ });
    await items.first().waitFor();
    expect(await items.count()).toBeGreaterThan(0);

    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Bygg rapport" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`sample-portfolio-rapport-${expected.summary.period}.xlsx`);
    const bytes = readFileSync(await file.path());
    await page.getByText(/Rapporten er lastet ned/).waitFor();

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const names = workbook.worksheets.map((w) => w.name);
    expect(names).toEqual(expect.arrayContaining(["Tiltak", "Rapporter", ...expected.sheets]));
    expect(expected.sheets).toEqual(expect.arrayContaining(["Oppsummering", "Kontroll"]));
    const charts = Object.keys((await JSZip.loadAsync(bytes)).files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
    expect(charts.length).toBeGreaterThanOrEqual(6);
    expect(charts.length).toBe(expected.charts);

    await page.screenshot({ path: join(SHOTS, "taskpane-nb.png"), fullPage: true });
    expect(await contrastFailures(page)).toEqual([]);
    await page.getByRole("button", { name: "Switch to English" }).click();
    await page.getByRole("heading", { name: "E-health portfolio", level: 1 }).waitFor();
    expect(await figure(page, "Active initiatives")).toBe("37");
    await page.screenshot({ path: join(SHOTS, "taskpane-en.png"), fullPage: true });
    await page.close();
  });

  it("opens a template a contact got, says what it is for, and checks it with Kontroller rapporten min", async () => {
    const page = await openPane();
    await page.getByLabel("Åpne en arbeidsbok (.xlsx)").setInputFiles(await sampleTemplate("T-004"));
    const identity = page.getByRole("region", { name: "Rapportmal" });
    await identity.waitFor();
    expect(await identity.innerText()).toContain("2023-Q3");
    expect(await identity.innerText()).toContain("T-004");
    await page.getByRole("button", { name: "Kontroller rapporten min" }).click();
    await page.getByText("Ingen feil. Rapporten er klar til å sendes til porteføljekontoret.").waitFor();
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, "taskpane-template-nb.png"), fullPage: true });
    expect(await contrastFailures(page)).toEqual([]);
    await page.getByRole("button", { name: "Switch to English" }).click();
    await page.getByRole("button", { name: "Check my report" }).click();
    await page.getByText("No errors. The report is ready to send to the portfolio office.").waitFor();
    await page.screenshot({ path: join(SHOTS, "taskpane-template-en.png"), fullPage: true });
    await page.close();
  });

  it("exports the council workbook with its charts, and the quarter's templates, as downloads", async () => {
    const expected = await councilFromNode();
    const page = await openPane();
    const scripts = fetchedScripts(page);
    await page.getByLabel("Åpne en arbeidsbok (.xlsx)").setInputFiles(SAMPLE);
    const council = page.waitForEvent("download");
    await page.getByRole("button", { name: "Eksporter til rådet" }).click();
    const councilFile = await council;
    expect(councilFile.suggestedFilename()).toMatch(/^radet-\d{4}-Q\d\.xlsx$/);
    const bytes = readFileSync(await councilFile.path());
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(expected.sheets);
    expect(workbook.worksheets.some((w) => ["Tiltak", "Rapporter", "Avhengigheter"].includes(w.name))).toBe(false);
    const charts = Object.keys((await JSZip.loadAsync(bytes)).files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
    expect(charts.length).toBeGreaterThanOrEqual(6);
    expect(charts.length).toBe(expected.charts);

    const section = page.getByRole("region", { name: "Maler og import" });
    const templates = page.waitForEvent("download");
    await section.getByRole("button", { name: /^Lag maler for \d{4}-Q\d$/ }).click();
    const zip = await JSZip.loadAsync(readFileSync(await (await templates).path()));
    // The council workbook is the package writer's; template workbooks are built with exceljs, fetched only now.
    expect(scripts.filter((s) => /^exceljs\.[0-9a-f]+\.js$/.test(s))).toHaveLength(1);
    expect(Object.keys(zip.files).filter((f) => f.endsWith(".xlsx"))).toHaveLength(expected.templates);
    await section.getByText(/^\d+ maler er lastet ned i maler-/).waitFor();
    mkdirSync(SHOTS, { recursive: true });
    await section.screenshot({ path: join(SHOTS, "taskpane-templates-nb.png") });
    await page.getByRole("button", { name: "Switch to English" }).click();
    await page.getByRole("region", { name: "Templates and import" }).screenshot({ path: join(SHOTS, "taskpane-templates-en.png") });
    await page.close();
  });

  it("turns a workbook that is no register into an empty register and downloads it", async () => {
    const source = new ExcelJS.Workbook();
    source.addWorksheet("Budsjett").getCell("A1").value = "Budsjett 2023";
    const page = await openPane();
    await page.locator('input[type="file"]').setInputFiles({
      name: "budsjett.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: Buffer.from(await source.xlsx.writeBuffer()),
    });
    await page.getByRole("heading", { name: "Denne arbeidsboka er ikke et porteføljeregister." }).waitFor();
    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Opprett tomt register" }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe("budsjett-register.xlsx");
    await page.getByText("Registeret har ingen rapporter ennå.").waitFor();

    const created = new ExcelJS.Workbook();
    await created.xlsx.load(readFileSync(await file.path()) as unknown as ArrayBuffer);
    expect(created.worksheets.map((w) => w.name)).toEqual([
      "Budsjett",
      "Tiltak",
      "Rapporter",
      "Avhengigheter",
      "Driftskostnader",
      "Kodeverk",
    ]);
    expect(created.getWorksheet("Rapporter")?.getCell("D2").dataValidation).toMatchObject({ type: "list" });
    expect(created.getWorksheet("Rapporter")?.getCell("D1001").dataValidation).toMatchObject({ type: "list" });
    await page.close();
  });

  it("inside Excel takes Office's language and dark theme, and shows Excel's refusal as it is", async () => {
    const page = await chromium.context.newPage();
    // A stand-in for office.js: Excel in English with a dark theme, refusing every batch.
    await page.route("https://appsforoffice.microsoft.com/**", (route) =>
      route.fulfill({
        contentType: "text/javascript",
        body: `window.Office = { onReady: () => Promise.resolve({ host: "Excel", platform: "OfficeOnline" }),
        context: { displayLanguage: "en-US", officeTheme: { bodyBackgroundColor: "#262626" } } };
        window.Excel = { run: () => Promise.reject({ code: "AccessDenied", message: "The workbook is read-only." }) };`,
      }),
    );
    await page.goto(`${server.url}/taskpane.html`);
    await page.getByRole("heading", { name: "E-health portfolio", level: 1 }).waitFor();
    const alert = page.getByRole("group", { name: "Error" });
    await alert.waitFor();
    expect(await alert.innerText()).toContain("The workbook is read-only.");
    expect(await page.getByRole("button", { name: "Open .xlsx" }).count()).toBe(0);
    const background = await page.locator("main").evaluate((el) => getComputedStyle(el).backgroundColor);
    const [r, g, b] = (background.match(/\d+/g) ?? []).map(Number);
    expect(0.2126 * r + 0.7152 * g + 0.0722 * b).toBeLessThan(128);
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, "taskpane-office-dark-en.png"), fullPage: true });
    expect(await contrastFailures(page)).toEqual([]);
    await page.close();
  });

  it("has a contrast check that would catch faint text (so its passing above means something)", async () => {
    const page = await chromium.context.newPage();
    await page.setContent(`<body style="background:#fff"><p style="color:#999">grå</p><p>svart</p>
      <div style="background:#222"><span style="color:#555">mørk</span></div><p style="color:#777;font-size:24px">stor</p></body>`);
    expect(await contrastFailures(page)).toEqual([expect.stringMatching(/^grå: 2\.\d+:1$/), expect.stringMatching(/^mørk: /)]);
    await page.close();
  });

  it("standalone.html starts within 2 s where Microsoft's CDN never answers; taskpane.html, which Excel needs, waits for it", async () => {
    const hanging = async (path: string) => {
      const page = await chromium.context.newPage();
      // A network that hangs rather than fails: requests to the Office CDN are held and never answered.
      await page.route("https://appsforoffice.microsoft.com/**", () => undefined);
      await page.goto(`${server.url}/${path}`, { waitUntil: "commit" });
      return page;
    };
    const standalone = await hanging("standalone.html");
    await standalone.getByRole("button", { name: "Åpne .xlsx" }).waitFor({ timeout: 2000 });
    await standalone.close();
    const taskpane = await hanging("taskpane.html");
    await taskpane.waitForTimeout(2000);
    expect(await taskpane.getByRole("button", { name: "Åpne .xlsx" }).count()).toBe(0);
    await taskpane.close();
  });

  it("says plainly when the chosen file is not a workbook", async () => {
    const page = await openPane();
    await page
      .locator('input[type="file"]')
      .setInputFiles({ name: "notes.xlsx", mimeType: "text/plain", buffer: Buffer.from("just text") });
    const alert = page.getByRole("group", { name: "Feil" });
    await alert.waitFor();
    expect(await alert.innerText()).toContain("notes.xlsx er ikke en Excel-arbeidsbok (.xlsx).");
    await page.close();
  });
});
