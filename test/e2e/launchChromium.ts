import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type BrowserContext } from "playwright-core";

export interface Chromium {
  context: BrowserContext;
  close: () => Promise<void>;
}

/** Debian's Chromium, headless, with a profile of its own that is thrown away afterwards. */
export async function launchChromium(locale: string): Promise<Chromium> {
  const profile = mkdtempSync(join(tmpdir(), "taskpane-e2e-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: "/usr/bin/chromium",
    headless: true,
    args: [
      "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
      "--disable-component-update", "--disable-sync", "--no-first-run",
    ],
    acceptDownloads: true,
    locale,
    // Excel's default task pane width.
    viewport: { width: 350, height: 900 },
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
