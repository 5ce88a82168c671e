import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext } from "playwright-core";

export interface Chromium {
  context: BrowserContext;
  close: () => Promise<void>;
}

/** Debian's Chromium (or $CHROMIUM), headless, with a profile of its own that is thrown away afterwards. */
export async function launchChromium(locale: string): Promise<Chromium> {
  const profile = mkdtempSync(join(tmpdir(), "taskpane-e2e-"));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
      headless: true,
      // A browser that does not come up is an error within a minute, never a wait without end.
      timeout: 60_000,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
      acceptDownloads: true,
      locale,
      // Excel's default task pane width.
      viewport: { width: 350, height: 900 },
    });
  } catch (e) {
    rmSync(profile, { recursive: true, force: true });
    throw e;
  }
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
