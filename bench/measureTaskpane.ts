/**
 * The task pane's start-up cost: gzip size of the JavaScript the page loads
 * before anything is opened (office.js aside, it comes from Microsoft's CDN),
 * and the time from navigation to the first interactive view in headless
 * Chromium, with the HTTP cache off so every load fetches its bundle.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { ensureProductionBuild, DIST } from "../test/e2e/buildDist";
import { launchChromium } from "../test/e2e/launchChromium";
import { serveFolder } from "../test/e2e/serveDist";

export interface TaskpaneResult {
  startupGzipKb: number;
  interactiveMs: number;
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
  const server = await serveFolder(DIST);
  const chromium = await launchChromium("nb-NO");
  try {
    // No network beyond this machine: office.js fails to load as it does offline, and the page must not wait for it.
    await chromium.context.route("**/*", (route) =>
      route.request().url().startsWith(server.url) ? route.continue() : route.abort("internetdisconnected"),
    );
    const times: number[] = [];
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
      await page.close();
    }
    times.sort((a, b) => a - b);
    return { startupGzipKb: Math.round(gzipBytes / 1024), interactiveMs: Math.round(times[Math.floor(times.length / 2)]) };
  } finally {
    await chromium.close();
    await server.close();
  }
}
