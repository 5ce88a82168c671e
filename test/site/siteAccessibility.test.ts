/**
 * @jest-environment node
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { main } from "../../src/cli/main";
import { launchChromium, type Chromium } from "../e2e/launchChromium";
import { serveFolder, type StaticServer } from "../e2e/serveDist";

const ROOT = join(__dirname, "..", "..");
const SAMPLE = join(ROOT, "assets", "sample-portfolio.xlsx");
const AXE = readFileSync(join(ROOT, "node_modules", "axe-core", "axe.min.js"), "utf8");
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/;

interface Violation {
  id: string;
  impact: string | null;
  nodes: Array<{ target: string[] }>;
}

jest.setTimeout(10 * 60_000);

const dir = mkdtempSync(join(tmpdir(), "site-a11y-"));
let server: StaticServer;
let chromium: Chromium;
let pages: string[];

beforeAll(async () => {
  expect(
    await main(
      ["feed", SAMPLE, "--out", dir],
      () => undefined,
      () => undefined,
    ),
  ).toBe(0);
  pages = readdirSync(dir)
    .filter((f) => f.endsWith(".html"))
    .sort();
  server = await serveFolder(dir);
  chromium = await launchChromium("nb-NO");
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** axe-core's violations on a page, as a browser with a desktop window shows it. */
async function violationsOf(page: Page, name: string): Promise<Violation[]> {
  await page.goto(`${server.url}/${name}`);
  await page.addScriptTag({ content: AXE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Violation[] }> } }).axe;
    return (await axe.run(document, { resultTypes: ["violations"] })).violations;
  });
}

describe("the sample's web pages in Chromium", () => {
  it("are the index, 43 initiative pages and 5 roadmap pages, none with a script or an e-mail address", () => {
    expect(pages).toHaveLength(1 + 43 + 5);
    for (const name of pages) {
      const html = readFileSync(join(dir, name), "utf8");
      expect(html).not.toMatch(/<script|\son[a-z]+=/i);
      expect(html).not.toMatch(EMAIL);
    }
  });

  it("have no serious or critical accessibility violation (axe-core)", async () => {
    const page = await chromium.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    const found: string[] = [];
    for (const name of pages) {
      for (const v of await violationsOf(page, name)) {
        if (v.impact === "serious" || v.impact === "critical") {
          found.push(`${name}: ${v.id} (${v.impact}) at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
        }
      }
    }
    expect(found).toEqual([]);
  });

  it("show status and risk as text on their colour, and every initiative of the index by segment", async () => {
    const page = await chromium.context.newPage();
    await page.goto(`${server.url}/index.html`);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Nasjonal e-helseportefølje");
    const segments = await page.getByRole("heading", { level: 3 }).allTextContents();
    expect(segments).toEqual(["Samstyring (12 tiltak)", "Koordinering (15 tiltak)", "Orientering (10 tiltak)"]);
    const epj = page.getByRole("row", { name: /EPJ-løftet/ });
    await expect(epj.getByRole("cell").allTextContents()).resolves.toEqual(["EPJ-løftet", "Direktoratet for e-helse", "Rød", "Rød"]);
    const red = await epj
      .locator(".light")
      .first()
      .evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(red).toBe("rgb(224, 102, 102)");
    await page.getByRole("link", { name: "EPJ-løftet" }).click();
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("EPJ-løftet");
    await expect(page.getByText("Forsinket fremdrift hos EPJ-leverandører", { exact: false }).count()).resolves.toBe(1);
  });
});
