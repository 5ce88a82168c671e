/**
 * @jest-environment node
 */
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { generateWorkbook, SCALES } from "../../bench/generateRegister";
import { prepareTemplates } from "../../src/app/templates";
import type { Period } from "../../src/core/register/period";
import { FileWorkbook } from "../../src/host/file/fileWorkbook";
import { writeTemplateWorkbook } from "../../src/host/file/writeTemplate";
import { ROOT } from "./buildDist";
import { axeViolations } from "./checkAxe";
import { launchChromium, type Chromium } from "./launchChromium";
import { offline, openPaneBrowser, type PaneBrowser } from "./paneBrowser";
import { emptyRegister, registerWithErrors, SAMPLE, sampleRegister, XLSX_TYPE, type PickedFile } from "./registers";
import type { StaticServer } from "./serveDist";

/** Where the screenshots go: PANE_SCREENSHOTS, else out/screenshots (not part of the repository). */
const SHOTS = process.env.PANE_SCREENSHOTS ?? join(ROOT, "out", "screenshots");

jest.setTimeout(20 * 60_000);

let server: StaticServer;
let chromium: Chromium;
let browser: PaneBrowser | undefined;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  browser = await openPaneBrowser();
  ({ server, chromium } = browser);
});

afterAll(async () => {
  await browser?.close();
});

async function openPane(width = 350): Promise<Page> {
  const page = await chromium.context.newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.goto(`${server.url}/standalone.html`);
  await page.getByRole("heading", { name: "E-helseporteføljen", level: 1 }).waitFor();
  return page;
}

async function choose(page: Page, file: PickedFile | string): Promise<void> {
  await page.getByLabel("Åpne en arbeidsbok (.xlsx)").setInputFiles(file);
}

async function figure(page: Page, label: string): Promise<string> {
  const value = page.locator("dt", { hasText: label }).locator("xpath=following-sibling::dd[1]");
  await value.waitFor();
  return (await value.innerText()).trim();
}

async function expectAccessible(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
}

/** Downloads the page starts from now on, by suggested name. */
function downloads(page: Page): string[] {
  const names: string[] = [];
  page.on("download", (d) => names.push(d.suggestedFilename()));
  return names;
}

let large: Promise<PickedFile> | undefined;
/** The benchmark's L register (5,000 initiatives, 12 periods, 10 MB), made once. */
function largeRegister(): Promise<PickedFile> {
  large ??= generateWorkbook(SCALES.find((s) => s.name === "L")!).then((bytes) => ({
    name: "L.xlsx",
    mimeType: XLSX_TYPE,
    buffer: Buffer.from(bytes),
  }));
  return large;
}

describe("the pane in Chromium, in every state it can be in", () => {
  it("first run: says what to do, and Prøv med eksempelregisteret opens the bundled sample with three steps to try", async () => {
    const page = await openPane();
    const welcome = page.getByRole("region", { name: "Kom i gang" });
    await welcome.waitFor();
    expect(await welcome.innerText()).toContain("prøv med eksempelregisteret");
    await page.screenshot({ path: join(SHOTS, "first-run-350.png"), fullPage: true });
    await expectAccessible(page);
    const sample = page.waitForRequest((r) => r.url().endsWith("/assets/sample-portfolio.xlsx"));
    await welcome.getByRole("button", { name: "Prøv med eksempelregisteret" }).click();
    await sample;
    expect(await figure(page, "Aktive tiltak")).toBe("37");
    const hint = page.getByRole("region", { name: "Slik bruker du ruten" });
    expect(await hint.getByRole("listitem").count()).toBe(3);
    expect(await page.getByText("Åpnet: eksempelregister.xlsx").count()).toBe(1);
    await page.screenshot({ path: join(SHOTS, "sample-opened-350.png"), fullPage: true });
    await expectAccessible(page);
    await hint.getByRole("button", { name: "Skjul" }).click();
    expect(await hint.count()).toBe(0);
    await page.close();
  });

  it("a register with errors says so beside its key figures as it opens, and its report says it was built in spite of them", async () => {
    const page = await openPane();
    const got = downloads(page);
    await choose(page, await registerWithErrors());
    const figures = page.getByRole("region", { name: "Nøkkeltall 2023-Q2" });
    await figures.getByText(/^Kontrollen fant 2 feil og \d+ advarsler\./).waitFor();
    // The findings are there before anyone presses Kontroller, and the link takes the user to them.
    const checks = page.getByRole("region", { name: "Kontroll" });
    expect(await checks.getByText("Samstyrng").count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(SHOTS, "errors-on-open-350.png"), fullPage: true });
    await expectAccessible(page);
    await figures.getByRole("button", { name: "Vis funnene" }).click();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Kontroll");

    // The open period list stays inside the page's landmarks.
    await page.getByRole("combobox", { name: "Periode" }).click();
    await page.getByRole("option", { name: "2023-Q1" }).waitFor();
    await expectAccessible(page);
    await page.keyboard.press("Escape");

    const download = page.waitForEvent("download");
    await page.getByRole("button", { name: "Bygg rapport" }).click();
    expect((await download).suggestedFilename()).toBe("portefolje-med-feil-rapport-2023-Q2.xlsx");
    await page
      .getByText(
        /^Rapporten er lastet ned som .*\. Registeret har 2 feil: rapporten er laget likevel, og arket Kontroll i den viser dem\.$/,
      )
      .waitFor();
    await expectAccessible(page);
    expect(got).toEqual(["portefolje-med-feil-rapport-2023-Q2.xlsx"]);
    await page.close();
  });

  it("an empty register offers no report, export or templates, and says why beside each", async () => {
    const page = await openPane();
    const got = downloads(page);
    await choose(page, await emptyRegister());
    await page.getByText("Registeret har ingen rapporter ennå.").waitFor();
    for (const name of ["Bygg rapport", "Eksporter til rådet", "Last ned web-feed", "Lag maler for –"]) {
      const button = page.getByRole("button", { name });
      expect(await button.getAttribute("aria-disabled")).toBe("true");
      const reason = await button.evaluate((b) => document.getElementById(b.getAttribute("aria-describedby") ?? "")?.textContent);
      expect(reason).toMatch(
        /^Registeret har ingen (rapporter ennå, så det finnes ingen periode å lage dette for|periode å lage maler fra ennå)\.$/,
      );
      await button.click({ force: true });
    }
    await page.waitForTimeout(1000);
    expect(got).toEqual([]);
    await expectAccessible(page);
    await page.close();
  });

  it("a file that cannot be used leaves the open register in place and says what to do", async () => {
    const page = await openPane();
    await choose(page, SAMPLE);
    expect(await figure(page, "Aktive tiltak")).toBe("37");
    await choose(page, { name: "notater.xlsx", mimeType: "text/plain", buffer: Buffer.from("bare tekst") });
    const failure = page.getByRole("group", { name: "Feil" });
    await failure.waitFor();
    expect(await failure.innerText()).toContain(
      "notater.xlsx er ikke en Excel-arbeidsbok (.xlsx). Velg en annen fil, " +
        "eller åpne denne i Excel og lagre den som Excel-arbeidsbok (.xlsx). sample-portfolio.xlsx er fortsatt åpen.",
    );
    expect(await figure(page, "Aktive tiltak")).toBe("37");
    expect(await page.getByText("Åpnet: sample-portfolio.xlsx").count()).toBe(1);
    await expectAccessible(page);
    await page.close();
  });

  it("after an import the pane says which workbook and period it now shows, and the file label follows", async () => {
    const register = await FileWorkbook.open(new Uint8Array(readFileSync(SAMPLE)), "sample-portfolio.xlsx");
    const { books } = await prepareTemplates(register, { period: "2023-Q3" as Period, lang: "nb", ids: ["T-004"] });
    const template = {
      name: books[0].templates[0].fileName,
      mimeType: XLSX_TYPE,
      buffer: Buffer.from(await writeTemplateWorkbook(books[0])),
    };
    const page = await openPane();
    await choose(page, SAMPLE);
    await figure(page, "Aktive tiltak");
    const download = page.waitForEvent("download");
    await page.getByLabel("Velg utfylte maler (.xlsx)").setInputFiles(template);
    expect((await download).suggestedFilename()).toBe("sample-portfolio-importert.xlsx");
    await page
      .getByText(
        "1 importert, 0 avvist. Registeret med importen er lastet ned som sample-portfolio-importert.xlsx. " +
          "Ruten viser nå sample-portfolio-importert.xlsx, periode 2023-Q3.",
      )
      .waitFor();
    expect(await page.getByText("Åpnet: sample-portfolio-importert.xlsx").count()).toBe(1);
    await page.getByRole("heading", { name: "Nøkkeltall 2023-Q3" }).waitFor();
    await expectAccessible(page);
    await page.close();
  });

  it("builds the L register's report with a bar at once; Cancel leaves no download and focus on Bygg rapport", async () => {
    const page = await openPane();
    const got = downloads(page);
    await choose(page, await largeRegister());
    await figure(page, "Aktive tiltak");
    const build = page.getByRole("button", { name: "Bygg rapport" });
    await build.click();
    const report = page.getByRole("region", { name: "Rapport" });
    const bar = report.getByRole("progressbar");
    await bar.waitFor({ timeout: 1000 });
    await report.getByText(/^Leser registeret … \d+ %$/).waitFor();
    await page.screenshot({ path: join(SHOTS, "build-in-progress-350.png"), fullPage: true });
    await expectAccessible(page);
    await report.getByRole("button", { name: "Avbryt" }).click();
    await report.getByText("Avbrutt. Ingenting er skrevet eller lastet ned.").waitFor();
    expect(await bar.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Bygg rapport");
    // Long enough for the report to have been made, had it not been stopped.
    await page.waitForTimeout(8000);
    expect(got).toEqual([]);
    await expectAccessible(page);
    await page.close();
  });

  it("while the L report is built, opening another file asks: waiting lets the report finish under its own name, cancelling downloads nothing", async () => {
    const page = await openPane();
    const got = downloads(page);
    await choose(page, await largeRegister());
    await figure(page, "Aktive tiltak");

    const waited = page.waitForEvent("download", { timeout: 120_000 });
    await page.getByRole("button", { name: "Bygg rapport" }).click();
    await page.getByRole("progressbar").waitFor();
    await page.getByRole("button", { name: "Åpne .xlsx" }).click();
    const dialog = page.getByRole("alertdialog", { name: "«Bygg rapport» er ikke ferdig" });
    await dialog.getByRole("button", { name: "Vent" }).click();
    expect((await waited).suggestedFilename()).toBe("L-rapport-2023-Q4.xlsx");
    await page.getByText(/^Rapporten er lastet ned som L-rapport-2023-Q4\.xlsx\./).waitFor();

    await page.getByRole("button", { name: "Bygg rapport" }).click();
    await page.getByRole("progressbar").waitFor();
    await page.getByRole("button", { name: "Åpne .xlsx" }).click();
    const chooser = page.waitForEvent("filechooser");
    await page.getByRole("button", { name: "Avbryt og åpne en annen fil" }).click();
    await (await chooser).setFiles(SAMPLE);
    await page.getByText("Åpnet: sample-portfolio.xlsx").waitFor();
    expect(await figure(page, "Aktive tiltak")).toBe("37");
    await page.waitForTimeout(8000);
    expect(got).toEqual(["L-rapport-2023-Q4.xlsx"]);
    await page.close();
  });

  it("Lag maler counts its templates as it goes, and Cancel downloads nothing", async () => {
    const page = await openPane();
    const got = downloads(page);
    // The L register's 4,308 templates take minutes: the job is still running after the checks below, however slow the machine.
    await choose(page, await largeRegister());
    await figure(page, "Aktive tiltak");
    const section = page.getByRole("region", { name: "Maler og import" });
    await section.getByRole("button", { name: /^Lag maler for / }).click();
    const count = section.getByText(/^Lager malene … [\d\s]+ av [\d\s]+ maler$/);
    await count.waitFor({ timeout: 60_000 });
    await page.waitForTimeout(1500);
    const [done, total] = ((await count.innerText()).replace(/(\d)\s(?=\d)/g, "$1").match(/\d+/g) ?? []).map(Number);
    expect(done).toBeGreaterThan(0);
    expect(total).toBeGreaterThan(done);
    expect(Number(await section.getByRole("progressbar").getAttribute("aria-valuenow"))).toBeGreaterThan(0);
    await section.screenshot({ path: join(SHOTS, "templates-in-progress-350.png") });
    await expectAccessible(page);
    // The question asked when another file is opened meanwhile (the templates take long enough to look at it).
    await page.getByRole("button", { name: "Åpne .xlsx" }).click();
    const dialog = page.getByRole("alertdialog", { name: /^«Lag maler for \d{4}-Q\d» er ikke ferdig$/ });
    await dialog.waitFor();
    await expectAccessible(page);
    await dialog.getByRole("button", { name: "Vent" }).click();
    await dialog.waitFor({ state: "detached" });
    await section.getByRole("button", { name: "Avbryt" }).click();
    await section.getByText("Avbrutt. Ingenting er skrevet eller lastet ned.").waitFor();
    await page.waitForTimeout(3000);
    expect(got).toEqual([]);
    await page.close();
  });

  it("Kontroller reads the file again from disk where the File System Access API lets the page keep it", async () => {
    const page = await openPane();
    const withErrors = await registerWithErrors();
    // A file the test controls on a disk the page can reach: the origin's private file system, behind a stand-in picker.
    await page.evaluate(
      async (data) => {
        const root = await navigator.storage.getDirectory();
        const handle = await root.getFileHandle("register.xlsx", { create: true });
        const writable = await handle.createWritable();
        await writable.write(new Uint8Array(data));
        await writable.close();
        (window as unknown as { showOpenFilePicker: () => Promise<unknown[]> }).showOpenFilePicker = async () => [handle];
      },
      [...withErrors.buffer],
    );
    await page.getByRole("button", { name: "Åpne .xlsx" }).click();
    const figures = page.getByRole("region", { name: "Nøkkeltall 2023-Q2" });
    await figures.getByText(/^Kontrollen fant 2 feil/).waitFor();

    // The user corrects the file and saves it; Kontroller reads it from disk again.
    await page.evaluate(
      async (data) => {
        const handle = await (await navigator.storage.getDirectory()).getFileHandle("register.xlsx");
        const writable = await handle.createWritable();
        await writable.write(new Uint8Array(data));
        await writable.close();
      },
      [...readFileSync(SAMPLE)],
    );
    await page.getByRole("button", { name: "Kontroller" }).click();
    const checks = page.getByRole("region", { name: "Kontroll" });
    await checks.getByText("Filen er endret på disken og er lest på nytt.").waitFor();
    await checks.getByText(/^Kontroll for 2023-Q2: 0 feil/).waitFor();
    await figures.getByText(/^Kontrollen fant ingen feil/).waitFor();
    await expectAccessible(page);
    await page.close();
  });

  it("without the File System Access API, Kontroller says to open the file again after changes", async () => {
    const page = await openPane();
    await choose(page, await registerWithErrors());
    await page.getByRole("region", { name: "Nøkkeltall 2023-Q2" }).waitFor();
    await page.getByRole("button", { name: "Kontroller" }).click();
    await page
      .getByText(/^Åpne filen på nytt etter endringer: kontrollen gjelder filen slik den var da den ble åpnet kl\. \d\d[:.]\d\d\.$/)
      .waitFor();
    await page.close();
  });

  it("reflows at 175 CSS px (Excel's 350 px pane at 200 % zoom): nothing cut off, nothing to scroll sideways", async () => {
    const page = await openPane(175);
    await choose(page, await registerWithErrors());
    await page.getByRole("region", { name: "Nøkkeltall 2023-Q2" }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    for (const name of ["English", "Om tillegget", "Åpne .xlsx", "Bygg rapport"]) {
      const box = await page
        .getByRole("button", { name: new RegExp(`^${name}|${name}$`) })
        .first()
        .boundingBox();
      expect(box).not.toBeNull();
      expect(box!.x).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(175);
    }
    await page.screenshot({ path: join(SHOTS, "reflow-175.png"), fullPage: true });
    await page.screenshot({ path: join(SHOTS, "reflow-175-top.png") });
    await expectAccessible(page);
    await page.close();
  });

  it("Om tillegget, the template view and English pass axe too", async () => {
    const page = await openPane();
    await choose(page, sampleRegister());
    await figure(page, "Aktive tiltak");
    await page.getByRole("button", { name: "Om tillegget" }).click();
    await page.getByRole("region", { name: "Om tillegget" }).waitFor();
    await expectAccessible(page);
    await page.getByRole("button", { name: "Switch to English" }).click();
    await page.getByRole("heading", { name: "Key figures 2023-Q2" }).waitFor();
    await expectAccessible(page);
    await page.close();
  });
});

describe("the language the user chose", () => {
  it("is there again on the next visit to the page", async () => {
    const own = await launchChromium("nb-NO");
    try {
      await offline(own, server);
      const page = await own.context.newPage();
      await page.goto(`${server.url}/standalone.html`);
      await page.getByRole("button", { name: "Switch to English" }).click();
      await page.getByRole("heading", { name: "E-health portfolio", level: 1 }).waitFor();
      await page.reload();
      await page.getByRole("heading", { name: "E-health portfolio", level: 1 }).waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe("en");
    } finally {
      await own.close();
    }
  });
});
