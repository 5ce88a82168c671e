/**
 * The task pane's costs in headless Chromium: gzip size of the JavaScript the
 * page loads before anything is opened (office.js aside, it comes from
 * Microsoft's CDN), the time from navigation to the first interactive view
 * with the HTTP cache off so every load fetches its bundle, the time from
 * choosing the M register to its key figures on screen, and on the L register
 * the longest task on the page's main thread (Long Tasks API) while it opens
 * and while its report is built, and the time from the click on Bygg rapport
 * to the first frame with the progress bar.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import type { BrowserContext, Page } from "playwright-core";
import { dirname, join } from "node:path";
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
  /** The longest main-thread task while the L register opens or its report is built, whichever is longer. */
  longestTaskMs: number;
  /** The longest main-thread task from choosing the L register to its key figures on screen. */
  longestTaskOpenMs: number;
  /** The longest main-thread task from the click on Bygg rapport to the download (L register, over every build). */
  longestTaskReportMs: number;
  /** The click on Bygg rapport → the first frame with its progress bar (L register, median). */
  progressMs: number;
  /** The click on Bygg rapport → the download (L register, median). */
  reportMs: number;
}

const LOADS = 7;
/** Report builds on the L register: each takes seconds. */
const BUILDS = 3;

/** Scripts referenced by the built page itself; lazy chunks load only when a file is opened. */
function startupScripts(): string[] {
  const html = readFileSync(join(DIST, "taskpane.html"), "utf8");
  return [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)].map((m) => m[1]).filter((src) => !/^https?:/.test(src));
}

export async function measureTaskpane(_root: string): Promise<TaskpaneResult> {
  ensureProductionBuild();
  const gzipBytes = startupScripts().reduce((n, src) => n + gzipSync(readFileSync(join(DIST, src)), { level: 9 }).length, 0);
  const register = Buffer.from(await generateWorkbook(SCALES.find((s) => s.name === "M")!));
  const large = join(mkdtempSync(join(tmpdir(), "bench-pane-")), "L.xlsx");
  writeFileSync(large, await generateWorkbook(SCALES.find((s) => s.name === "L")!));
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
      const responsive = await measureResponsiveness(chromium.context, `${server.url}/standalone.html`, large);
      rmSync(dirname(large), { recursive: true, force: true });
      return { startupGzipKb: Math.round(gzipBytes / 1024), interactiveMs: median(times), openMs: median(opens), ...responsive };
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
  const shown = await page.waitForFunction(
    () => {
      const label = [...document.querySelectorAll("dt")].find((dt) => dt.textContent?.includes("Aktive tiltak"));
      const value = label?.nextElementSibling;
      const w = window as unknown as { chosenAt?: number };
      return value && value.textContent?.trim() && w.chosenAt !== undefined ? performance.now() - w.chosenAt : undefined;
    },
    undefined,
    { polling: "raf" },
  );
  return Number(await shown.jsonValue());
}

/**
 * On the next click: its time, and the time of the first frame that has a
 * progress bar (a frame's callbacks run before it is painted, so that is the
 * frame that shows it). Kept as text: tsx names the functions it compiles
 * with a helper that does not exist in the page.
 */
const WATCH_PROGRESS = `
  window.clickedAt = undefined;
  window.progressAt = undefined;
  document.addEventListener("click", function () {
    window.clickedAt = performance.now();
    requestAnimationFrame(function look() {
      if (document.querySelector('[role="progressbar"]')) window.progressAt = performance.now();
      else requestAnimationFrame(look);
    });
  }, { capture: true, once: true });
`;

type Responsiveness = Pick<TaskpaneResult, "longestTaskMs" | "longestTaskOpenMs" | "longestTaskReportMs" | "progressMs" | "reportMs">;

/**
 * The L register in the page: every task of 50 ms or more on the main thread
 * is recorded by the Long Tasks API from the page's first script on; each
 * measure takes the longest that started within its own span.
 */
async function measureResponsiveness(context: BrowserContext, url: string, register: string): Promise<Responsiveness> {
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { longTasks: Array<{ start: number; duration: number }> };
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        w.longTasks.push({ start: e.startTime, duration: e.duration });
      }
    }).observe({ type: "longtask", buffered: true });
  });
  try {
    await page.goto(url);
    await page.getByRole("button", { name: "Åpne .xlsx" }).waitFor();
    const openStart = await now(page);
    // From a file on disk: a buffer would be decoded into the page on its main thread, a long task of the harness's own.
    await page.locator('input[type="file"]').setInputFiles(register);
    await page.locator("dt", { hasText: "Aktive tiltak" }).waitFor({ timeout: 120_000 });
    const longestTaskOpenMs = await longestSince(page, openStart);
    const progress: number[] = [];
    const reports: number[] = [];
    let longestTaskReportMs = 0;
    for (let i = 0; i < BUILDS; i++) {
      await page.evaluate(WATCH_PROGRESS);
      const start = await now(page);
      const download = page.waitForEvent("download", { timeout: 300_000 });
      await page.getByRole("button", { name: "Bygg rapport" }).click();
      await download;
      const times = await page.evaluate(() => {
        const w = window as unknown as { clickedAt?: number; progressAt?: number };
        return { clicked: w.clickedAt ?? NaN, progress: w.progressAt ?? NaN, done: performance.now() };
      });
      progress.push(times.progress - times.clicked);
      reports.push(times.done - times.clicked);
      longestTaskReportMs = Math.max(longestTaskReportMs, await longestSince(page, start));
      // The next build starts from a quiet page.
      await page.getByText(/^Rapporten er lastet ned/).waitFor();
      await page.waitForTimeout(500);
    }
    return {
      longestTaskMs: Math.max(longestTaskOpenMs, longestTaskReportMs),
      longestTaskOpenMs,
      longestTaskReportMs,
      progressMs: median(progress),
      reportMs: median(reports),
    };
  } finally {
    await page.close();
  }
}

function now(page: Page): Promise<number> {
  return page.evaluate(() => performance.now());
}

/** The longest main-thread task (ms, rounded) that started at or after `since`; 0 when none took 50 ms. */
async function longestSince(page: Page, since: number): Promise<number> {
  const longest = await page.evaluate((from) => {
    const w = window as unknown as { longTasks: Array<{ start: number; duration: number }> };
    return w.longTasks.filter((t) => t.start >= from).reduce((max, t) => Math.max(max, t.duration), 0);
  }, since);
  return Math.round(longest);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.floor(sorted.length / 2)]);
}
