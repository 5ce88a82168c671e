import { DIST, ensureProductionBuild } from "./buildDist";
import { launchChromium, type Chromium } from "./launchChromium";
import { serveFolder, type StaticServer } from "./serveDist";

export interface PaneBrowser {
  server: StaticServer;
  chromium: Chromium;
  close: () => Promise<void>;
}

/** Lets only the local server through: office.js from Microsoft's CDN fails the way it does offline. */
export async function offline(chromium: Chromium, server: StaticServer): Promise<void> {
  await chromium.context.route("**/*", (route) =>
    route.request().url().startsWith(server.url) ? route.continue() : route.abort("internetdisconnected"),
  );
}

/**
 * The production build served on 127.0.0.1 and a headless Chromium on it with no network beyond. Every page
 * starts in the browser's language (tests switch to English, which the pane would remember) and with the
 * ordinary file input (headless Chromium shows no File System Access picker; a test may put in one of its own).
 */
export async function openPaneBrowser(): Promise<PaneBrowser> {
  ensureProductionBuild();
  const server = await serveFolder(DIST);
  const chromium = await launchChromium("nb-NO");
  await offline(chromium, server);
  await chromium.context.addInitScript(() => {
    localStorage.removeItem("eportefolje.lang");
    Object.defineProperty(window, "showOpenFilePicker", { value: undefined, writable: true, configurable: true });
  });
  return {
    server,
    chromium,
    close: async () => {
      await chromium.close();
      await server.close();
    },
  };
}
