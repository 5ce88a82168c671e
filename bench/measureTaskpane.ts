/**
 * The task pane's costs in headless Chromium: gzip size of the JavaScript the
 * page loads before anything is opened (office.js aside, it comes from
 * Microsoft's CDN), the time from navigation to the first interactive view
 * with the HTTP cache off so every load fetches its bundle, and the time from
 * choosing the M register to its key figures on screen.
 */
import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { ensureProductionBuild, DIST } from "../test/e2e/buildDist";
import { launchChromium } from "../test/e2e/launchChromium";
import { serveFolder } from "../test/e2e/serveDist";
import { generateWorkbook, SCALES } from "./generateRegister";

export interface TaskpaneResult {
  startupGzipKb: number;
  interactiveMs: number;
  /** The M register chosen → its key figures shown (median). */
  openMs: number;
}

const LOADS = 7;

/** Scripts referenced by the built page itself; lazy chunks load only when a file is opened. */
function startupScripts(): string[] {
  const html = readFileSync(join(DIST, "taskpane.html"), "utf8");
  return [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)].map((m) => m[1]).filter((src) => !/^https?:/.test(src));
}

export async function measureTaskpane(_root: string): Promise<TaskpaneResult> {
  ensureProductionBuild();
  const gzipBytes = startupScripts().reduce((n, src) => n + gzipSync(readFileSync(join(DIST, src)), { level: 9 }).length, 0);
  const register = Buffer.from(await generateWorkbook(SCALES.find((s) => s.name === "M")!));
  const server = await serveFolder(DIST);
  try {
    const chromium = await launchChromium("nb-NO");
    try {
      // No network beyond this machine: office.js fails to load as it does offline, and the page must not wait for it.
      await chromium.context.route("**/*", (route) =>
        route.request().url().startsWith(server.url) ? route.continue() : route.abort("internetdisconnected"),
      );
      const times: number[] = [];
      const opens: number[] = [];
      for (let i = 0; i < LOADS; i++) {
        const page = await chromium.context.newPage();
        const cdp = await chromium.context.newCDPSession(page);
        await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
        await page.goto(`${server.url}/taskpane.html`, { waitUntil: "commit" });
        // Interactive: the control that starts the work is on screen and enabled.
        const open = page.getByRole("button", { name: "Åpne .xlsx" });
        await open.waitFor({ state: "visible" });
        await page.waitForFunction(() => {
          const b = [...document.querySelectorAll("button")].find((x) => x.textContent?.includes("Åpne .xlsx"));
          return b !== undefined && !b.hasAttribute("disabled");
        });
        times.push(await page.evaluate(() => performance.now()));
        opens.push(await timeOpen(page, register));
        await page.close();
      }
      return { startupGzipKb: Math.round(gzipBytes / 1024), interactiveMs: median(times), openMs: median(opens) };
    } finally {
      await chromium.close();
    }
  } finally {
    await server.close();
  }
}

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/**
 * File chosen → key figures shown, timed in the page: from the file input's
 * change event (when a user's choice reaches the page) to the first frame in
 * which the figure "Aktive tiltak" has its value.
 */
async function timeOpen(page: Page, register: Buffer): Promise<number> {
  await page.evaluate(() => {
    const w = window as unknown as { chosenAt?: number };
    document.addEventListener("change", () => (w.chosenAt = performance.now()), { capture: true, once: true });
  });
  await page.locator('input[type="file"]').setInputFiles({ name: "M.xlsx", mimeType: XLSX, buffer: register });
  const shown = await page.waitForFunction(() => {
    const label = [...document.querySelectorAll("dt")].find((dt) => dt.textContent?.includes("Aktive tiltak"));
    const value = label?.nextElementSibling;
    const w = window as unknown as { chosenAt?: number };
    return value && value.textContent?.trim() && w.chosenAt !== undefined ? performance.now() - w.chosenAt : undefined;
  }, undefined, { polling: "raf" });
  return Number(await shown.jsonValue());
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.floor(sorted.length / 2)]);
}
